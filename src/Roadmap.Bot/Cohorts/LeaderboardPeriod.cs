namespace Roadmap.Bot.Cohorts;

/// <summary>
/// The periods <c>/mod leaderboard</c> ranks over. Rolling (the last 7 or 30 days up to now) rather
/// than calendar weeks: a server's members live in many time zones, and a rolling window is the same
/// for all of them.
/// </summary>
internal static class LeaderboardPeriod
{
    public const string Week = "week";
    public const string Month = "month";
    public const string All = "all";

    /// <summary>The start of the period ending at <paramref name="now"/>; the beginning of time for <see cref="All"/>.</summary>
    public static DateTimeOffset Since(string? period, DateTimeOffset now) =>
        BoardPeriod.Named(period)?.Since(now) ?? DateTimeOffset.UnixEpoch;

    public static string Describe(string? period) => period switch
    {
        Week => "the last 7 days",
        Month => "the last 30 days",
        _ => "all time",
    };
}
