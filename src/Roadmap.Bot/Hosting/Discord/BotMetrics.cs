using System.Diagnostics.Metrics;

namespace Roadmap.Bot.Hosting.Discord;

/// <summary>
/// The bot's instruments on its meter, "Roadmap.Bot", created through the container's
/// <see cref="IMeterFactory"/> so that every host (and every test) has its own. Names and units
/// follow OpenTelemetry's conventions: durations in seconds, counts with a <c>{thing}</c> unit. The
/// Discord client counts REST 429s and gateway reconnects on its own meter,
/// <see cref="Roadmap.Discord.DiscordMeter"/>.
/// </summary>
public sealed class BotMetrics
{
    public const string MeterName = "Roadmap.Bot";
    public const string AnswerTimeName = "roadmap.interaction.answer_time";
    public const string AcceptedTimeName = "roadmap.interaction.accepted_time";
    public const string InteractionsName = "roadmap.interactions";
    public const string FailedAnswersName = "roadmap.interaction.failed_answers";

    /// <summary>The tag on the answer times naming what was answered: "/next", "autocomplete /step", "button", "modal".</summary>
    public const string CommandTag = "roadmap.command";

    // Exporters that honour the advice get buckets where the bot's answers fall (well under a
    // millisecond to Discord's 3 s limit), instead of OpenTelemetry's defaults, which start at 5 ms.
    private static readonly InstrumentAdvice<double> AnswerBuckets = new()
    {
        HistogramBucketBoundaries = [0.0001, 0.00025, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3],
    };

    public BotMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        AnswerTime = meter.CreateHistogram(AnswerTimeName, "s", "From an interaction's gateway frame arriving to its callback written to the connection: the bot's own share of Discord's 3 seconds.", advice: AnswerBuckets);
        AcceptedTime = meter.CreateHistogram(AcceptedTimeName, "s", "From an interaction's gateway frame arriving to Discord accepting its callback.", advice: AnswerBuckets);
        Interactions = meter.CreateCounter<long>(InteractionsName, "{interaction}", "Interactions received from the gateway.");
        FailedAnswers = meter.CreateCounter<long>(FailedAnswersName, "{interaction}", "Interactions whose answer Discord refused or that could not be sent, by error.type.");
    }

    /// <summary>Only answers sent directly as the callback are timed; deferred ones are counted in <see cref="Interactions"/> alone.</summary>
    public Histogram<double> AnswerTime { get; }

    public Histogram<double> AcceptedTime { get; }

    public Counter<long> Interactions { get; }

    public Counter<long> FailedAnswers { get; }

    /// <param name="sent">From the frame arriving to the callback written.</param>
    /// <param name="accepted">From the frame arriving to Discord accepting the callback.</param>
    /// <param name="command">What was answered (<see cref="CommandTag"/>), so one command's times can be read apart from the rest.</param>
    public void RecordAnswer(TimeSpan sent, TimeSpan accepted, string command)
    {
        var tag = new KeyValuePair<string, object?>(CommandTag, command);
        AnswerTime.Record(sent.TotalSeconds, tag);
        AcceptedTime.Record(accepted.TotalSeconds, tag);
    }

    /// <summary>Counts an answer that never reached the member; <paramref name="errorType"/> is Discord's error code (the HTTP status without one), or the exception's type when nothing reached Discord.</summary>
    public void FailedAnswer(string errorType) =>
        FailedAnswers.Add(1, new KeyValuePair<string, object?>("error.type", errorType));
}
