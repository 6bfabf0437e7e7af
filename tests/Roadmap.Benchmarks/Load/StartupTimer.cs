using System.Diagnostics;
using Roadmap.Testing;

namespace Roadmap.Benchmarks.Load;

/// <summary>
/// Process start to the fake receiving IDENTIFY, over several starts of the bot. Each start but the
/// last is killed once it has identified; the last one stays up for the load runs.
/// </summary>
public static class StartupTimer
{
    public static async Task<(IReadOnlyList<double> Milliseconds, BotProcess Bot)> RunAsync(
        BotBuild build, FakeDiscordServer discord, string databasePath, string logPath, int starts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(discord);
        List<double> times = [];
        for (var i = 1; ; i++)
        {
            var identifies = discord.Gateway.IdentifyCount;
            var started = Stopwatch.GetTimestamp();
            var bot = BotProcess.Start(build, discord, databasePath, logPath);
            try
            {
                await discord.Gateway.WaitForIdentifiesAsync(identifies + 1, TimeSpan.FromSeconds(30));
            }
            catch
            {
                bot.Dispose();
                throw;
            }

            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (i == starts)
            {
                return (times, bot);
            }

            // Let registration finish so the next start finds it done, as a restart would.
            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
            bot.Dispose();
        }
    }
}
