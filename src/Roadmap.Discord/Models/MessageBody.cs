namespace Roadmap.Discord.Models;

/// <summary>
/// The body of a message the bot creates or edits: channel messages, follow-ups and edits of the
/// original response. On edits, a null field is left unchanged. Mentions ping nobody by default.
/// </summary>
public sealed record MessageBody
{
    public string? Content { get; init; }

    public bool? Tts { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    public IReadOnlyList<MessageComponent>? Components { get; init; }

    public AllowedMentions? AllowedMentions { get; init; } = AllowedMentions.None;

    public MessageFlags? Flags { get; init; }

    /// <summary>
    /// Attachment metadata. A new upload is listed with the index of its file part as id; on edits
    /// the list names every attachment to keep.
    /// </summary>
    public IReadOnlyList<Attachment>? Attachments { get; init; }

    /// <summary>
    /// Create message only: a value of at most <see cref="DiscordLimits.Nonce"/> characters that names
    /// this message. With <see cref="EnforceNonce"/>, Discord answers a second create with the same
    /// nonce from the same author within a few minutes with the first message instead of a new one,
    /// so a retried send cannot post twice. (Discord also takes an integer; a string covers it.)
    /// </summary>
    public string? Nonce { get; init; }

    /// <summary>Create message only: true makes Discord check <see cref="Nonce"/> for uniqueness.</summary>
    public bool? EnforceNonce { get; init; }
}
