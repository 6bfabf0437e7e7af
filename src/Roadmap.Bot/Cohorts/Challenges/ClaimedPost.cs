namespace Roadmap.Bot.Cohorts.Challenges;

/// <summary>Which scheduled post: the challenge (or, for a weekly digest, the cohort) in its server, for the due time it was claimed for.</summary>
internal sealed record ClaimedPost(ulong GuildId, long Id, DateTimeOffset DueAt, bool Late);
