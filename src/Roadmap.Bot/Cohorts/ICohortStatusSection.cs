namespace Roadmap.Bot.Cohorts;

/// <summary>
/// A part of <c>/cohort status</c> that another feature adds, such as the cohort's challenges with the
/// member's status in each: registered in <c>AddCohorts</c>, asked in registration order, shown under
/// the dates and the member's place.
/// </summary>
internal interface ICohortStatusSection
{
    /// <summary>Lines about <paramref name="cohort"/> for <paramref name="memberId"/>; null or empty to add nothing.</summary>
    ValueTask<string?> DescribeAsync(Cohort cohort, ulong memberId, CancellationToken cancellationToken);
}
