using System.Diagnostics;
using System.Text.Json;
using Roadmap.Testing;

namespace Roadmap.Benchmarks.Load;

/// <summary>
/// One rate for a bounded time: INTERACTION_CREATE frames at a steady pace (whatever is due each
/// millisecond), then a wait for the last callbacks, with the bot's CPU time read before and after.
/// </summary>
public static class RateRun
{
    /// <summary>Discord's limit: an interaction without a callback by then has failed for the member.</summary>
    public static readonly TimeSpan AnswerLimit = TimeSpan.FromSeconds(3);

    public static async Task<RateResult> RunAsync(FakeDiscordServer discord, BotProcess bot, LoadMix mix, int rate, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(discord);
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(mix);
        var count = (int)(rate * duration.TotalSeconds);
        var frames = Enumerable.Range(0, count).Select(_ => mix.Next()).ToArray();
        var clock = new CallbackClock(frames[0].Id, count);
        discord.Rest.Requests.Observer = clock.Observe;
        try
        {
            var answersBefore = await bot.AnswerTimes.NextAsync(cancellationToken);
            var cpuBefore = bot.CpuTime();
            var started = Stopwatch.GetTimestamp();
            await SendAsync(discord, frames, clock, rate, cancellationToken);
            var sending = Stopwatch.GetElapsedTime(started);
            await Task.Delay(AnswerLimit, cancellationToken);
            var cpu = bot.CpuTime() - cpuBefore;
            var answersAfter = await bot.AnswerTimes.NextAsync(cancellationToken);
            var answers = (answersAfter.Sent.Since(answersBefore.Sent), answersAfter.Accepted.Since(answersBefore.Accepted));
            return RateResult.From(rate, sending, clock, answers, cpu, bot.WorkingSet());
        }
        finally
        {
            discord.Rest.Requests.Observer = null;
        }
    }

    internal static async Task SendAsync(FakeDiscordServer discord, (ulong Id, JsonElement Json)[] frames, CallbackClock clock, int rate, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        var sent = 0;
        while (sent < frames.Length)
        {
            var due = Math.Min(frames.Length, (int)(Stopwatch.GetElapsedTime(start).TotalSeconds * rate) + 1);
            for (; sent < due; sent++)
            {
                var (id, json) = frames[sent];
                clock.MarkSent(id, Stopwatch.GetTimestamp());
                await discord.Gateway.DispatchAsync("INTERACTION_CREATE", json);
            }

            await Task.Delay(1, cancellationToken);
        }
    }
}
