using System.Text.RegularExpressions;
using Roadmap.Bot.Hosting.Discord;

namespace Roadmap.Benchmarks.Load;

/// <summary>
/// The bot's own measure of its answers, read from the line its AnswerTimesReporter writes at Debug
/// every second: the running histograms of frame arrived → callback sent, and → Discord accepted,
/// which the reporter counts from the bot's Meter (roadmap.interaction.answer_time and
/// accepted_time) with a MeterListener, in all and for each command. A listener only sees its own
/// process, and the bot runs as its own process here, so its output is the channel. The bot writes no line per interaction, so
/// measuring costs it almost nothing; a rate's share is the difference between a snapshot taken
/// before it and one taken after its last answer.
/// </summary>
public sealed partial class BotAnswerTimes
{
    /// <summary>The logging setting that makes the bot write the lines, as environment variables.</summary>
    public static readonly IReadOnlyDictionary<string, string> Environment = new Dictionary<string, string>
    {
        ["Logging__LogLevel__Roadmap.Bot.Hosting.Discord.AnswerTimesReporter"] = "Debug",
        ["Logging__Console__FormatterOptions__SingleLine"] = "true",
    };

    private readonly Lock _lock = new();
    private (AnswerTimeHistogram Sent, AnswerTimeHistogram Accepted, IReadOnlyDictionary<string, AnswerTimeHistogram> ByCommand)? _latest;
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Takes one line of the bot's output; true when it was a snapshot (not worth keeping in the log file).</summary>
    public bool TryRead(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var match = SnapshotLine().Match(line);
        if (!match.Success)
        {
            return false;
        }

        var byCommand = CommandPart().Matches(match.Groups["commands"].Value)
            .ToDictionary(m => m.Groups["command"].Value, m => AnswerTimeHistogram.Parse(m.Groups["histogram"].Value), StringComparer.Ordinal);
        var snapshot = (AnswerTimeHistogram.Parse(match.Groups["sent"].Value), AnswerTimeHistogram.Parse(match.Groups["accepted"].Value), (IReadOnlyDictionary<string, AnswerTimeHistogram>)byCommand);
        TaskCompletionSource arrived;
        lock (_lock)
        {
            _latest = snapshot;
            arrived = _next;
            _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        arrived.SetResult();
        return true;
    }

    /// <summary>The first snapshot the bot writes after this call: it holds every answer sent before the call.</summary>
    public async Task<(AnswerTimeHistogram Sent, AnswerTimeHistogram Accepted, IReadOnlyDictionary<string, AnswerTimeHistogram> ByCommand)> NextAsync(CancellationToken cancellationToken)
    {
        Task arrival;
        lock (_lock)
        {
            arrival = _next.Task;
        }

        await arrival.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
        lock (_lock)
        {
            return _latest!.Value;
        }
    }

    /// <summary>What one command's answers took between two snapshots (none when the bot timed none).</summary>
    public static AnswerTimeHistogram Since(
        IReadOnlyDictionary<string, AnswerTimeHistogram> after, IReadOnlyDictionary<string, AnswerTimeHistogram> before, string command)
    {
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(before);
        var now = after.GetValueOrDefault(command) ?? new AnswerTimeHistogram();
        return now.Since(before.GetValueOrDefault(command) ?? new AnswerTimeHistogram());
    }

    [GeneratedRegex(@"Answer times so far: sent \[(?<sent>[^\]]*)\] accepted \[(?<accepted>[^\]]*)\]( sent by command: (?<commands>.*))?")]
    private static partial Regex SnapshotLine();

    [GeneratedRegex(@"(?<command>[^;\[]+?) \[(?<histogram>[^\]]*)\](; )?")]
    private static partial Regex CommandPart();
}
