namespace Roadmap.Discord.Models;

/// <summary>A message as Discord returns it.</summary>
public sealed record Message
{
    public ulong Id { get; init; }

    public ulong ChannelId { get; init; }

    public User? Author { get; init; }

    public string Content { get; init => field = value ?? ""; } = "";

    public DateTimeOffset? Timestamp { get; init; }

    public DateTimeOffset? EditedTimestamp { get; init; }

    public bool? Tts { get; init; }

    public bool? MentionEveryone { get; init; }

    public IReadOnlyList<User>? Mentions { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    public IReadOnlyList<MessageComponent>? Components { get; init; }

    public IReadOnlyList<Attachment>? Attachments { get; init; }

    public MessageFlags? Flags { get; init; }

    public int? Type { get; init; }

    public ulong? WebhookId { get; init; }

    public ulong? ApplicationId { get; init; }
}
