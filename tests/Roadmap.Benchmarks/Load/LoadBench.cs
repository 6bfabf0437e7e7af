using Microsoft.Data.Sqlite;
using Roadmap.Bot.Content;
using Roadmap.Testing;

namespace Roadmap.Benchmarks.Load;

/// <summary>
/// What both load benchmarks stand on: the loaded roadmap, a copy of the 100,000-member database in a
/// temporary folder, the fake Discord in this process, and the bot as its own process on that copy
/// (started <c>starts</c> times to time start-up; the last one stays up, attached to the fake gateway).
/// Its log goes beside the cached database, so it outlives the run for a look at what the bot said.
/// Disposing stops the bot and the fake and deletes the copy.
/// </summary>
public sealed class LoadBench : IAsyncDisposable
{
    private readonly string _folder;

    private LoadBench(string folder, RoadmapContent content, FakeDiscordServer discord, BotProcess bot, IReadOnlyList<double> startups)
    {
        _folder = folder;
        Content = content;
        Discord = discord;
        Bot = bot;
        StartupMilliseconds = startups;
    }

    public RoadmapContent Content { get; }

    public FakeDiscordServer Discord { get; }

    public BotProcess Bot { get; }

    /// <summary>Each start's time from the process starting to IDENTIFY.</summary>
    public IReadOnlyList<double> StartupMilliseconds { get; }

    public static async Task<LoadBench> StartAsync(string botLogName, int starts, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        RoadmapContent content;
        await using (var host = await CoachHost.StartAsync(log, cancellationToken))
        {
            content = host.Content;
        }

        var folder = Directory.CreateTempSubdirectory("roadmap-load-").FullName;
        FakeDiscordServer? discord = null;
        try
        {
            var database = Path.Combine(folder, "roadmap.db");
            File.Copy(BenchmarkPaths.Database, database);
            var build = BotBuild.Find();
            var botLog = Path.Combine(Path.GetDirectoryName(BenchmarkPaths.Database)!, botLogName);
            File.Delete(botLog);
            await log.WriteLineAsync($"Bot: {build}; database copy: {database}; bot log: {botLog}");

            discord = await FakeDiscordServer.StartAsync(cancellationToken: cancellationToken);
            discord.Rest.Requests.KeepsRequests = false;
            var (startups, bot) = await StartupTimer.RunAsync(build, discord, database, botLog, starts, cancellationToken);
            try
            {
                await discord.Gateway.WaitUntilAttachedAsync(TimeSpan.FromSeconds(10));
            }
            catch
            {
                bot.Dispose();
                throw;
            }

            return new LoadBench(folder, content, discord, bot, startups);
        }
        catch
        {
            if (discord is not null)
            {
                await discord.DisposeAsync();
            }

            Delete(folder);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Bot.Dispose();
        await Discord.DisposeAsync();
        Delete(_folder);
    }

    private static void Delete(string folder)
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
