using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Roadmap.Benchmarks.Load;

/// <summary>
/// The bot's own measure of each answer, read from its debug log line "Answered interaction {id}
/// ({name}): callback sent {ms} ms after its gateway frame arrived, accepted by Discord after {ms} ms"
/// (the InteractionResponder category is turned up to Debug for the run). Keyed by interaction id.
/// </summary>
public sealed partial class BotAnswerTimes
{
    /// <summary>The logging setting that makes the bot write the lines, as environment variables.</summary>
    public static readonly IReadOnlyDictionary<string, string> Environment = new Dictionary<string, string>
    {
        ["Logging__LogLevel__Roadmap.Bot.Hosting.Discord.InteractionResponder"] = "Debug",
        ["Logging__Console__FormatterOptions__SingleLine"] = "true",
    };

    private readonly ConcurrentDictionary<ulong, (double Sent, double Accepted)> _milliseconds = new();

    /// <summary>Takes one line of the bot's output; true when it was an answer time (not worth keeping in the log file).</summary>
    public bool TryRead(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var match = AnswerLine().Match(line);
        if (!match.Success)
        {
            return false;
        }

        var id = ulong.Parse(match.Groups["id"].ValueSpan, CultureInfo.InvariantCulture);
        _milliseconds[id] = (
            double.Parse(match.Groups["sent"].ValueSpan, CultureInfo.InvariantCulture),
            double.Parse(match.Groups["accepted"].ValueSpan, CultureInfo.InvariantCulture));
        return true;
    }

    /// <summary>Frame arrived to callback sent, and to Discord accepting it; null when the bot logged no answer.</summary>
    public (double Sent, double Accepted)? For(ulong id) => _milliseconds.TryGetValue(id, out var ms) ? ms : null;

    [GeneratedRegex(@"Answered interaction (?<id>\d+) \(.*\): callback sent (?<sent>\d+\.\d+) ms after its gateway frame arrived, accepted by Discord after (?<accepted>\d+\.\d+) ms")]
    private static partial Regex AnswerLine();
}
