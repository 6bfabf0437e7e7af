namespace Roadmap.Bot.Members;

/// <summary>A member who used the bot in a server (a row of <c>guild_members</c>).</summary>
internal sealed record GuildMemberRow
{
    public required ulong GuildId { get; init; }

    public required ulong MemberId { get; init; }

    public DateTimeOffset FirstSeenAt { get; init; }

    public DateTimeOffset LastSeenAt { get; init; }
}
