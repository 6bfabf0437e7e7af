namespace Roadmap.Bot.Cohorts;

/// <summary>
/// The channel types a channel option offers where the bot posts (Discord's <c>channel_types</c>): text
/// (0) and announcement (5) channels. Without it Discord also offers voice channels and categories,
/// which a cohort's posts cannot go to.
/// </summary>
internal static class PostableChannels
{
    public static readonly IReadOnlyList<int> Types = [0, 5];
}
