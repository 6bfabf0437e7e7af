namespace Roadmap.Bot.Members;

/// <summary>A member used the bot in a server at a time: what <c>guild_members</c> records.</summary>
internal sealed record GuildVisit(ulong GuildId, ulong MemberId, DateTimeOffset At);
