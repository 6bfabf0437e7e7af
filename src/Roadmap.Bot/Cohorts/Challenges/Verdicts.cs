namespace Roadmap.Bot.Cohorts.Challenges;

/// <summary>A moderator's verdict on a submission, as stored (and as <c>verdict:</c> offers it, with a dash).</summary>
internal static class Verdicts
{
    public const string Accepted = "accepted";
    public const string NeedsWork = "needs_work";

    /// <summary>The stored verdict for the typed choice (<c>accepted</c>, <c>needs-work</c>); null for anything else.</summary>
    public static string? FromChoice(string? typed) => typed?.Trim().ToLowerInvariant() switch
    {
        "accepted" => Accepted,
        "needs-work" or "needs_work" => NeedsWork,
        _ => null,
    };

    public static string Words(string verdict) => verdict == Accepted ? "accepted" : "needs work";
}
