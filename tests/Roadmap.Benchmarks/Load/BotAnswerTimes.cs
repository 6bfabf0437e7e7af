using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Roadmap.Benchmarks.Load;

/// <summary>
/// The bot's own measure of each answer, from the gateway frame arriving to Discord accepting the
/// callback, read from its debug log line "Answered interaction {id} ({name}) in {ms} ms" (the
/// InteractionResponder category is turned up to Debug for the run). Keyed by interaction id.
/// </summary>
public sealed partial class BotAnswerTimes
{
    /// <summary>The logging setting that makes the bot write the lines, as environment variables.</summary>
    public static readonly IReadOnlyDictionary<string, string> Environment = new Dictionary<string, string>
    {
        ["Logging__LogLevel__Roadmap.Bot.Hosting.Discord.InteractionResponder"] = "Debug",
        ["Logging__Console__FormatterOptions__SingleLine"] = "true",
    };

    private readonly ConcurrentDictionary<ulong, double> _milliseconds = new();

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
        _milliseconds[id] = double.Parse(match.Groups["ms"].ValueSpan, CultureInfo.InvariantCulture);
        return true;
    }

    public double? For(ulong id) => _milliseconds.TryGetValue(id, out var ms) ? ms : null;

    [GeneratedRegex(@"Answered interaction (?<id>\d+) \(.*\) in (?<ms>\d+\.\d+) ms")]
    private static partial Regex AnswerLine();
}
