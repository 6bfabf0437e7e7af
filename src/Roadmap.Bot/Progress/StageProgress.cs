using Roadmap.Bot.Content;




namespace Roadmap.Bot.Progress;

internal sealed record StageProgress(Stage Stage, int Done, int Skipped, int InProgress, int Total)
{
    /// <summary>The share of the stage that is behind the learner: done or skipped.</summary>
    public double Settled => Total == 0 ? 0 : (double)(Done + Skipped) / Total;
}
