namespace Roadmap.Bot.Learners;

/// <summary>A member used the bot in a server at a time: what <c>guild_members</c> records.</summary>
public sealed record GuildVisit(ulong GuildId, ulong MemberId, DateTimeOffset At);
