namespace Roadmap.Bot.Cohorts.Challenges;

/// <summary>What <c>/mod challenge post</c> asks for, already checked.</summary>
internal sealed record NewChallenge(Cohort Cohort, string Title, string? Details, string? MilestoneId, string? ProjectId, DateTimeOffset DueAt);
