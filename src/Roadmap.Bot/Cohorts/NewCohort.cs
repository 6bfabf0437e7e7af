namespace Roadmap.Bot.Cohorts;

/// <summary>What <c>/mod cohort create</c> asks for, already checked.</summary>
internal sealed record NewCohort(ulong GuildId, string Name, string? Description, DateTimeOffset StartsAt, DateTimeOffset? EndsAt, ulong? ChannelId, ulong? RoleId);
