namespace Roadmap.Bot.Coaching;

/// <summary>Where a learner stands overall and per stage, and how many hours of work are left.</summary>
public sealed record ProgressReport(IReadOnlyList<StageProgress> Stages, int Done, int Skipped, int InProgress, int Total, int RemainingHours)
{
    public double Settled => Total == 0 ? 0 : (double)(Done + Skipped) / Total;
}
