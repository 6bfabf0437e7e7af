namespace Roadmap.Benchmarks.Load;

/// <summary>
/// One kind of interaction within a rate, timed in the harness: from the fake writing the frame to the
/// fake having read the answer (for <c>/roadmap</c>, the answer carrying roadmap.png; for the others,
/// the callback). Loopback both ways is included, so it is a little above the bot's own share, which
/// is <see cref="Bot"/>: the bot's histogram of frame → callback sent for this command alone
/// (<see cref="BotAnswerTimes"/>), with <see cref="BotTimed"/> answers in it.
/// </summary>
public sealed record KindLatency(string Kind, int Count, Percentiles Latency, int Unanswered, int Failures, Percentiles Bot, int BotTimed);
