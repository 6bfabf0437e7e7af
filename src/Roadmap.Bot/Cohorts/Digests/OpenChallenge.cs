using Roadmap.Bot.Cohorts.Challenges;

namespace Roadmap.Bot.Cohorts.Digests;

/// <summary>A challenge still open when the digest is written, and how many members submitted to it.</summary>
internal sealed record OpenChallenge(Challenge Challenge, int Submitted);
