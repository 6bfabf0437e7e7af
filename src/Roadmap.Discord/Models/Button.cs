namespace Roadmap.Discord.Models;

/// <summary>
/// A button (component type 2). Styles 1–4 need a <see cref="CustomId"/>; a link button (5) needs
/// a <see cref="Url"/> and fires no interaction.
/// </summary>
public sealed record Button : MessageComponent
{
    public override ComponentType Type => ComponentType.Button;

    /// <summary>Secondary unless set; Discord has no style 0, which is what a missing style reads as.</summary>
    public ButtonStyle Style { get; init => field = value == 0 ? ButtonStyle.Secondary : value; } = ButtonStyle.Secondary;

    public string? Label { get; init; }

    public string? CustomId { get; init; }

    public string? Url { get; init; }

    public bool? Disabled { get; init; }

    public ComponentEmoji? Emoji { get; init; }
}
