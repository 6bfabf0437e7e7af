namespace Roadmap.Discord.Models;

/// <summary>
/// A text field in a modal (component type 4), sent inside an action row. When the modal is
/// submitted it comes back with the same <see cref="CustomId"/> and what was typed in <see cref="Value"/>.
/// </summary>
public sealed record TextInput : MessageComponent
{
    public override ComponentType Type => ComponentType.TextInput;

    public string CustomId { get; init => field = value ?? ""; } = "";

    /// <summary>Short unless set; Discord has no style 0, which is what a missing style reads as.</summary>
    public TextInputStyle Style { get; init => field = value == 0 ? TextInputStyle.SingleLine : value; } = TextInputStyle.SingleLine;

    /// <summary>At most 45 characters.</summary>
    public string? Label { get; init; }

    /// <summary>What the field shows before anything is typed, at most 100 characters.</summary>
    public string? Placeholder { get; init; }

    /// <summary>Sent: the text the field starts with. Submitted: what the user typed.</summary>
    public string? Value { get; init; }

    public bool? Required { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }
}
