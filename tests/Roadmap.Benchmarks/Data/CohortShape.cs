namespace Roadmap.Benchmarks.Data;

/// <summary>
/// The cohorts in the generated data (issue 12's benchmark): one big cohort of 5,000 members drawn
/// across the 100,000, and 199 smaller ones (about 250 each), each with three challenges (two open,
/// one closed) and submissions to them, so the weekly digest has 200 cohorts to prepare.
/// </summary>
public static class CohortShape
{
    public const int CohortCount = 200;

    /// <summary>The big cohort: every 20th member (index 0, 20, 40, …), 5,000 in all.</summary>
    public const long BigCohortId = 1;

    public const int BigCohortStride = 20;

    public const int BigCohortSize = DatasetShape.MemberCount / BigCohortStride;

    public const int ChallengesPerCohort = 3;

    /// <summary>The big cohort's first challenge, open, with submissions: the one <c>/challenge board</c> shows.</summary>
    public const long BoardChallengeId = 1;

    /// <summary>The cohort of the member at <paramref name="index"/>, or null when they are in none.</summary>
    public static long? CohortOf(int index) => (index % BigCohortStride) switch
    {
        0 => BigCohortId,
        <= 10 => 2 + (index / BigCohortStride % (CohortCount - 1)),
        _ => null,
    };

    /// <summary>The id of a member of the big cohort, the <paramref name="n"/>th (0 to <see cref="BigCohortSize"/> - 1).</summary>
    public static ulong BigCohortMember(int n) => DatasetShape.MemberId(n * BigCohortStride);
}
