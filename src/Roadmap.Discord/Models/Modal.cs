namespace Roadmap.Discord.Models;

/// <summary>
/// A form Discord shows over the chat (the data of callback type 9): a title and up to five rows,
/// each holding one <see cref="TextInput"/>. Submitting it sends a MODAL_SUBMIT interaction with the
/// same <see cref="CustomId"/>, which the router hands to the <c>IModalHandler</c> it names.
/// </summary>
public sealed record Modal
{
    public required string CustomId { get; init; }

    /// <summary>At most 45 characters.</summary>
    public required string Title { get; init; }

    public required IReadOnlyList<ActionRow> Components { get; init; }
}
