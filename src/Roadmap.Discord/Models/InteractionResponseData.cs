namespace Roadmap.Discord.Models;

/// <summary>
/// The data of an interaction response: message fields for types 4 and 7, only flags for a
/// deferral, only choices for autocomplete, custom id, title and components for a modal. Mentions
/// ping nobody by default.
/// </summary>
public sealed record InteractionResponseData
{
    public string? Content { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    public IReadOnlyList<MessageComponent>? Components { get; init; }

    public MessageFlags? Flags { get; init; }

    public AllowedMentions? AllowedMentions { get; init; } = AllowedMentions.None;

    public IReadOnlyList<Attachment>? Attachments { get; init; }

    /// <summary>At most 25 autocomplete suggestions.</summary>
    public IReadOnlyList<ApplicationCommandOptionChoice>? Choices { get; init; }

    /// <summary>A modal's custom id, which its submission comes back with.</summary>
    public string? CustomId { get; init; }

    /// <summary>A modal's title.</summary>
    public string? Title { get; init; }
}
