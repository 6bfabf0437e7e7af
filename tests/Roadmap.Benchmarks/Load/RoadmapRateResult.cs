namespace Roadmap.Benchmarks.Load;

/// <summary>
/// What one rate of the <c>/roadmap</c> load measured: each kind's times (<see cref="KindLatency"/>),
/// the bot's own frame → callback sent histogram over every kind together, its CPU, and the pictures:
/// how many arrived as multipart, how many the bot drew afresh (not in its cache) and their mean size.
/// </summary>
public sealed record RoadmapRateResult(
    int Rate,
    int RoadmapRate,
    int Sent,
    double AchievedRate,
    IReadOnlyList<KindLatency> Kinds,
    Percentiles BotLatency,
    int BotTimed,
    double CpuMillisecondsPerInteraction,
    int Pictures,
    int PicturesDrawn,
    double PictureKilobytes)
{
    public KindLatency? Of(string kind) => Kinds.FirstOrDefault(k => k.Kind == kind);
}
