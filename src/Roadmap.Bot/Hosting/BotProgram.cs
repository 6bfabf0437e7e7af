using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Roadmap.Bot.Content;
using Roadmap.Bot.Hosting.Discord;
using Roadmap.Bot.Hosting.LocalMode;
using Roadmap.Bot.Members;
using Roadmap.Bot.Persistence;
using Roadmap.Bot.Scheduling;
using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Hosting;

/// <summary>
/// Starts the bot: on Discord when a token is configured, otherwise in local mode in the terminal.
/// Start-up problems (bad content, bad settings, a database it cannot use) end with a message that
/// says what to fix and exit code 1, never a stack trace.
/// </summary>
internal static partial class BotProgram
{
    /// <summary>How long after the host started the roadmap begins loading if the gateway has not identified by then.</summary>
    private static readonly TimeSpan RoadmapAtTheLatest = TimeSpan.FromSeconds(1);

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = CreateBuilder(args);
        // The roadmap is loaded and validated explicitly, on the thread pool. In local mode the chat
        // needs it at once, so it begins now and a problem with it is found before anything starts.
        // On Discord it begins once the gateway has identified (or a second after the host started,
        // should Discord not answer): on two cores the parse would take the CPU the connection needs.
        // The container hands out the result; the worker answers once it is there.
        var contentFolder = ContentFolder.Resolve(builder.Configuration.GetSection(ContentOptions.Section).Get<ContentOptions>()?.Folder);
        var roadmap = new RoadmapLoading(() => ContentLoader.LoadValid(contentFolder));
        var loading = roadmap.Loaded;
        var isLocal = string.IsNullOrWhiteSpace(builder.Configuration["Discord:Token"]);
        if (isLocal)
        {
            // The terminal is the chat; only warnings and errors go to standard error beside it.
            builder.Logging.ClearProviders();
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        }

        var databasePath = builder.Configuration["Database:Path"] ?? "data/roadmap.db";
        if (isLocal)
        {
            roadmap.Begin();
        }

        if (isLocal && await StartupProblemAsync(() => loading, databasePath) is { } badContent)
        {
            await Console.Error.WriteLineAsync(badContent);
            return 1;
        }

        builder.Services.AddRoadmapCoach(roadmap);
        if (isLocal)
        {
            builder.Services.AddLocalMode();
        }
        else
        {
            builder.Services.AddDiscordBot();
        }

        builder.Services.AddScheduling();

        using var host = builder.Build();
        if (!isLocal)
        {
            return await RunDiscordAsync(host, roadmap, databasePath);
        }

        if (await StartupProblemAsync(() => host.Services.GetRequiredService<DatabaseStartup>().ReadyAsync(), databasePath) is { } problem)
        {
            await Console.Error.WriteLineAsync(problem);
            return 1;
        }

        // The scheduler runs in local mode too, so a due nudge shows up in the chat: the host's
        // services start once the database is ready, and stop when the chat ends.
        if (await StartupProblemAsync(() => host.StartAsync(), databasePath) is { } badStart)
        {
            await Console.Error.WriteLineAsync(badStart);
            return 1;
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        // A started host handles SIGTERM by stopping the application rather than the process: the
        // chat has to end on it too, or the process would keep running.
        using var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(stop.Cancel);
        var exitCode = await RunLocalAsync(host.Services, noColor: builder.Configuration["NO_COLOR"] is not null, stop.Token);
        await host.StopAsync();
        return exitCode;
    }

    /// <summary>
    /// Only what the bot uses, without the defaults' file watching and extra log providers, which
    /// cost start-up time: settings from appsettings.json (and appsettings.{environment}.json) in
    /// the working folder, user secrets (in every environment, since the token may live there),
    /// environment variables and the command line, later ones winning; console logging configured by
    /// the "Logging" section.
    /// </summary>
    internal static HostApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            Args = args,
            ContentRootPath = Directory.GetCurrentDirectory(),
            EnvironmentName = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environments.Production,
        });
        var environment = builder.Environment.EnvironmentName;
        builder.Configuration
            .AddJsonFile("appsettings.json", optional: true, reloadOnChange: false)
            .AddJsonFile($"appsettings.{environment}.json", optional: true, reloadOnChange: false)
            .AddUserSecrets(typeof(BotProgram).Assembly, optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args);
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        builder.Logging.AddConsole();
        // The host would say "Application started" before the roadmap has loaded; the bot says when it is ready.
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        return builder;
    }

    /// <summary>
    /// The one line to print when start-up failed (null when it went well): a database it cannot use,
    /// content that does not validate, or settings that are wrong.
    /// </summary>
    internal static async Task<string?> StartupProblemAsync(Func<Task> step, string databasePath)
    {
        try
        {
            await step();
            return null;
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            return $"Roadmap Coach could not open its database ({databasePath}): {ex.Message} Check Database:Path and that its folder is writable.";
        }
        catch (OptionsValidationException ex)
        {
            return $"Roadmap Coach could not start: {string.Join(" ", ex.Failures)}";
        }
        catch (Exception ex) when (ex is InvalidContentException or InvalidOperationException)
        {
            return $"Roadmap Coach could not start: {ex.Message}";
        }
    }


    private static async Task<int> RunLocalAsync(IServiceProvider services, bool noColor, CancellationToken cancellationToken)
    {
        var database = services.GetRequiredService<SqliteConnectionFactory>().FilePath;
        var exports = Path.Combine(Path.GetDirectoryName(database) ?? ".", "exports");
        var interactive = !Console.IsInputRedirected;
        // The local member uses the bot in local mode's one server, as a visit on Discord records it:
        // server-wide views (/mod insights, /mod leaderboard without a cohort) then count them.
        await services.GetRequiredService<GuildMemberStore>().RecordSeenAsync(LocalMember.ServerId, LocalMember.Default.UserId, cancellationToken);
        var chat = new ConsoleChat(
            services.GetRequiredService<InteractionRouter>(),
            Console.In,
            Console.Out,
            LocalMember.Default,
            exports,
            isInteractive: interactive,
            useAnsi: interactive && !Console.IsOutputRedirected && !noColor,
            inbox: services.GetRequiredService<LocalInbox>(),
            time: services.GetRequiredService<TimeProvider>());
        return await chat.RunAsync(cancellationToken);
    }

    /// <summary>
    /// Checks the Discord settings, then migrates the database and finishes loading the roadmap while
    /// the gateway connects: they do not depend on each other, and the bot is online sooner. A start-up problem stops the host (the
    /// gateway closes with 1000) and exits 1 with one line.
    /// </summary>
    private static async Task<int> RunDiscordAsync(IHost host, RoadmapLoading roadmap, string databasePath)
    {
        var settings = () =>
        {
            _ = host.Services.GetRequiredService<IOptions<DiscordBotOptions>>().Value;
            return Task.CompletedTask;
        };
        if (await StartupProblemAsync(settings, databasePath) is { } badSettings)
        {
            await Console.Error.WriteLineAsync(badSettings);
            return 1;
        }

        // The worker begins the load when the gateway has identified; this is for when it cannot.
        _ = BeginLaterAsync(roadmap, host.Services.GetRequiredService<TimeProvider>());
        var ready = StartupProblemAsync(() => host.Services.GetRequiredService<DatabaseStartup>().ReadyAsync(), databasePath);
        if (await StartupProblemAsync(() => host.StartAsync(), databasePath) is { } badStart)
        {
            await Console.Error.WriteLineAsync(badStart);
            _ = await ready;
            return 1;
        }

        if ((await ready ?? await StartupProblemAsync(() => roadmap.Loaded, databasePath)) is { } problem)
        {
            await Console.Error.WriteLineAsync(problem);
            await host.StopAsync();
            return 1;
        }

        var milestones = (await roadmap.Loaded).Milestones.Count;
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BotProgram));
        LogReady(logger, milestones, databasePath);

        await host.WaitForShutdownAsync();

        // A fatal gateway close (bad token, disallowed intents) or a rejected token stopped the host;
        // one line has said why and what to fix.
        return host.Services.GetRequiredService<DiscordWorker>().FatalError is null ? 0 : 1;
    }

    private static async Task BeginLaterAsync(RoadmapLoading roadmap, TimeProvider time)
    {
        await Task.Delay(RoadmapAtTheLatest, time);
        roadmap.Begin();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Roadmap Coach is ready: {Milestones} milestones loaded, database {DatabasePath} up to date")]
    private static partial void LogReady(ILogger logger, int milestones, string databasePath);
}
