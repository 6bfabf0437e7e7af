namespace Roadmap.Discord.Models;

/// <summary>A string select menu (component type 3) with 1–25 options.</summary>
public sealed record StringSelect : MessageComponent
{
    public override ComponentType Type => ComponentType.StringSelect;

    public string CustomId { get; init => field = value ?? ""; } = "";

    public IReadOnlyList<SelectOption> Options { get; init => field = value ?? []; } = [];

    public string? Placeholder { get; init; }

    public int? MinValues { get; init; }

    public int? MaxValues { get; init; }

    public bool? Disabled { get; init; }
}
