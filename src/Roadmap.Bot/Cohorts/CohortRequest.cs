namespace Roadmap.Bot.Cohorts;

/// <summary>What a moderator typed into <c>/mod cohort create</c>, not yet checked.</summary>
internal sealed record CohortRequest(
    ulong GuildId,
    ulong ModeratorId,
    string Name,
    string Starts,
    string? Ends,
    ulong? ChannelId,
    ulong? RoleId,
    string? Description);
