namespace Roadmap.Discord.Models;

/// <summary>A row of up to five buttons or one select menu (component type 1).</summary>
public sealed record ActionRow : MessageComponent
{
    public override ComponentType Type => ComponentType.ActionRow;

    public IReadOnlyList<MessageComponent> Components { get; init => field = value ?? []; } = [];

    public static ActionRow Of(params MessageComponent[] components) => new() { Components = components };
}
