namespace Roadmap.Bot.Cohorts;

/// <summary>How long a cohort's words may be: the schema's CHECKs, and the options' max_length so Discord stops longer ones first.</summary>
internal static class CohortLimits
{
    public const int Name = 60;

    public const int Description = 500;

    /// <summary>What a cohort option may hold: an id picked from the list, or a name typed in full.</summary>
    public const int Picked = 100;
}
