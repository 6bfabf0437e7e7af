namespace Roadmap.Bot.Hosting.Discord;

/// <summary>
/// How long the bot took to answer, for every interaction answered directly: from its gateway
/// frame arriving to the callback written to the connection (<see cref="Sent"/>, the bot's own
/// share) and to Discord accepting it (<see cref="Accepted"/>). <see cref="AnswerTimesReporter"/>
/// turns them into log lines.
/// </summary>
internal sealed class AnswerTimes
{
    private AnswerTimeHistogram _sentAtLastSummary = new();
    private AnswerTimeHistogram _acceptedAtLastSummary = new();

    public AnswerTimeHistogram Sent { get; } = new();

    public AnswerTimeHistogram Accepted { get; } = new();

    public void Record(TimeSpan sent, TimeSpan accepted)
    {
        Sent.Add(sent);
        Accepted.Add(accepted);
    }

    /// <summary>What was recorded since the last call (since start for the first); only the reporter calls it.</summary>
    public (AnswerTimeHistogram Sent, AnswerTimeHistogram Accepted) TakeSinceLastSummary()
    {
        var sent = Sent.Snapshot();
        var accepted = Accepted.Snapshot();
        var result = (sent.Since(_sentAtLastSummary), accepted.Since(_acceptedAtLastSummary));
        (_sentAtLastSummary, _acceptedAtLastSummary) = (sent, accepted);
        return result;
    }
}
