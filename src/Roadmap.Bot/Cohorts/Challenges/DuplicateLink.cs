namespace Roadmap.Bot.Cohorts.Challenges;

/// <summary>A link two or more members submitted to the same challenge, for moderators to look at.</summary>
internal sealed record DuplicateLink(string Link, IReadOnlyList<ulong> MemberIds);
