using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Roadmap.Bot.Content;
using Roadmap.Bot.Hosting.Discord;
using Roadmap.Bot.Hosting.LocalMode;
using Roadmap.Bot.Persistence;
using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Hosting;

/// <summary>
/// Starts the bot: on Discord when a token is configured, otherwise in local mode in the terminal.
/// Start-up problems (bad content, bad settings, a database it cannot use) end with a message that
/// says what to fix and exit code 1, never a stack trace.
/// </summary>
public static class BotProgram
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);

        // The host reads user secrets only in Development; the token may live there in any environment.
        builder.Configuration.AddUserSecrets(typeof(BotProgram).Assembly, optional: true);
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddCommandLine(args);
        var isLocal = string.IsNullOrWhiteSpace(builder.Configuration["Discord:Token"]);
        if (isLocal)
        {
            // The terminal is the chat; only warnings and errors go to standard error beside it.
            builder.Logging.ClearProviders();
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        }

        builder.Services.AddRoadmapCoach();
        if (!isLocal)
        {
            builder.Services.AddDiscordBot();
        }

        using var host = builder.Build();
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };

        try
        {
            await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(stop.Token).ConfigureAwait(false);
            _ = host.Services.GetRequiredService<RoadmapContent>();
            if (!isLocal)
            {
                // Settings are checked here, before the host starts, so a mistake reads as one line.
                _ = host.Services.GetRequiredService<IOptions<DiscordBotOptions>>().Value;
            }
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            var path = builder.Configuration["Database:Path"] ?? "data/roadmap.db";
            await Console.Error.WriteLineAsync($"Roadmap Coach could not open its database ({path}): {ex.Message} Check Database:Path and that its folder is writable.").ConfigureAwait(false);
            return 1;
        }
        catch (Exception ex) when (ex is InvalidContentException or OptionsValidationException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"Roadmap Coach could not start: {ex.Message}").ConfigureAwait(false);
            return 1;
        }

        return isLocal ? await RunLocalAsync(host.Services, noColor: builder.Configuration["NO_COLOR"] is not null, stop.Token).ConfigureAwait(false) : await RunDiscordAsync(host).ConfigureAwait(false);
    }

    private static async Task<int> RunLocalAsync(IServiceProvider services, bool noColor, CancellationToken cancellationToken)
    {
        var database = services.GetRequiredService<SqliteConnectionFactory>().FilePath;
        var exports = Path.Combine(Path.GetDirectoryName(database) ?? ".", "exports");
        var interactive = !Console.IsInputRedirected;
        var chat = new ConsoleChat(
            services.GetRequiredService<InteractionRouter>(),
            Console.In,
            Console.Out,
            LocalMember.Default,
            exports,
            isInteractive: interactive,
            useAnsi: interactive && !Console.IsOutputRedirected && !noColor);
        return await chat.RunAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> RunDiscordAsync(IHost host)
    {
        try
        {
            await host.RunAsync().ConfigureAwait(false);
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync($"Roadmap Coach could not start: {string.Join(" ", ex.Failures)}").ConfigureAwait(false);
            return 1;
        }

        // A fatal gateway close (bad token, disallowed intents) stops the host; say why and fail.
        if (host.Services.GetRequiredService<DiscordWorker>().FatalError is { } fatal)
        {
            await Console.Error.WriteLineAsync($"Roadmap Coach stopped: {fatal.Message}").ConfigureAwait(false);
            return 1;
        }

        return 0;
    }
}
