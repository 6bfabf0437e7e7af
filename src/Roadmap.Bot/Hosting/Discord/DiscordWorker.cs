using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Roadmap.Bot.Content;
using Roadmap.Bot.Persistence;
using Roadmap.Discord.Gateway;
using Roadmap.Discord.Json;
using Roadmap.Discord.Models;
using Roadmap.Discord.Rest;

namespace Roadmap.Bot.Hosting.Discord;

/// <summary>
/// Runs the gateway, registers the commands on READY, and hands each INTERACTION_CREATE to the
/// responder without waiting for it, so a slow answer never holds up the gateway. The gateway
/// connects while <see cref="DatabaseStartup"/> is still migrating, and the roadmap begins loading
/// on READY (<see cref="RoadmapLoading"/>, <see cref="AnsweringSide"/>); registration and answers
/// wait for both.
/// On shutdown it stops taking interactions, lets the ones in flight finish, and the gateway closes
/// with 1000. When Discord closes the gateway for good (bad token, disallowed intents) it says so in
/// one line with what to fix, and when Discord rejects the token it leaves that to the REST client's
/// one line; either way it stops the application, which then exits 1 (<see cref="FatalError"/>);
/// it does not throw into the host, which would log the same failure twice more with stack traces.
/// </summary>
internal sealed partial class DiscordWorker(
    GatewayClient gateway,
    DatabaseStartup startup,
    RoadmapLoading roadmap,
    AnsweringSide answering,
    IOptions<DiscordBotOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<DiscordWorker> logger) : BackgroundService
{
    private readonly InFlightWork _inFlight = new();

    /// <summary>
    /// Set when Discord closed the gateway for good (<see cref="GatewayFatalException"/>) or rejected
    /// the token (<see cref="DiscordInvalidTokenException"/>); the bot cannot go on without a fix.
    /// </summary>
    public Exception? FatalError { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var handling = new CancellationTokenSource();
        var running = gateway.RunAsync(stoppingToken);
        // Begun now, beside the connection; registration and answers await the same task.
        _ = answering.ReadyAsync();
        try
        {
            await foreach (var dispatch in gateway.ReadEventsAsync(CancellationToken.None))
            {
                Handle(dispatch, handling.Token, stoppingToken);
            }

            await running;
        }
        catch (GatewayFatalException ex)
        {
            FatalError = ex;
            var code = ex.CloseCode ?? 0;
            var (meaning, fix) = (GatewayCloseCodes.Describe(code), FatalCloseAdvice.For(code));
            LogFatal(logger, code, meaning, fix);
            lifetime.StopApplication();
        }
        catch (DiscordInvalidTokenException ex)
        {
            // A wrong token shows here, as a 401 on GET /gateway/bot before any gateway connection.
            // The REST client has already said so in one Critical line naming Discord:Token.
            FatalError = ex;
            lifetime.StopApplication();
        }
        finally
        {
            var unfinished = await _inFlight.DrainAsync(options.Value.ShutdownGrace, time);
            if (unfinished > 0)
            {
                LogAbandoned(logger, unfinished);
                await handling.CancelAsync();
            }
        }
    }

    private void Handle(GatewayDispatch dispatch, CancellationToken handling, CancellationToken stopping)
    {
        switch (dispatch.Name)
        {
            case "READY":
                // Identified: now the roadmap may take the CPU (RoadmapLoading); answering waits for it.
                roadmap.Begin();
                var ready = dispatch.Data.Deserialize(DiscordJson.TypeInfo<ReadyData>());
                var applicationId = options.Value.ApplicationId ?? ready?.Application?.Id;
                LogReady(logger, ready?.User?.Username, applicationId);
                if (applicationId is { } id)
                {
                    _inFlight.Track(Guard(() => RegisterAsync(id, stopping), "registering commands"));
                }

                break;
            case "INTERACTION_CREATE":
                if (Read(dispatch) is { } interaction)
                {
                    var receivedAt = dispatch.ReceivedAt;
                    _inFlight.Track(Guard(() => RespondAsync(interaction, receivedAt, handling), "answering an interaction"));
                }

                break;
        }
    }

    private async Task RegisterAsync(ulong applicationId, CancellationToken cancellationToken)
    {
        await startup.ReadyAsync();
        if (await answering.ReadyAsync() is { } ready)
        {
            await ready.Registrar.EnsureRegisteredAsync(applicationId, cancellationToken);
        }
    }

    private async Task RespondAsync(Interaction interaction, long receivedAt, CancellationToken cancellationToken)
    {
        // Completed from the first second on; only interactions that beat the migration and the
        // roadmap wait here. Without a roadmap the program is already stopping, having said why.
        await startup.ReadyAsync();
        if (await answering.ReadyAsync() is { } ready)
        {
            await ready.Responder.RespondAsync(interaction, receivedAt, cancellationToken);
        }
    }

    private Interaction? Read(GatewayDispatch dispatch)
    {
        try
        {
            return dispatch.Data.Deserialize(DiscordJson.TypeInfo<Interaction>());
        }
        catch (JsonException ex)
        {
            LogUnreadable(logger, ex, dispatch.Sequence);
            return null;
        }
    }

    /// <summary>The worker is a boundary: a fault in one piece of work is logged, never left unobserved.</summary>
    private async Task Guard(Func<Task> work, string what)
    {
        try
        {
            await Task.Run(work);
        }
        catch (OperationCanceledException)
        {
            LogCancelled(logger, what);
        }
        catch (Exception ex)
        {
            LogFailed(logger, ex, what);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Connected to Discord as {BotName} (application {ApplicationId})")]
    private static partial void LogReady(ILogger logger, string? botName, ulong? applicationId);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Roadmap Coach stopped: Discord closed the gateway with {CloseCode} ({Meaning}) and does not allow reconnecting. {Fix}")]
    private static partial void LogFatal(ILogger logger, int closeCode, string meaning, string fix);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shutting down with {Count} interactions still being answered")]
    private static partial void LogAbandoned(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the interaction in dispatch {Sequence}")]
    private static partial void LogUnreadable(ILogger logger, Exception exception, int? sequence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopped {What} because the bot is shutting down")]
    private static partial void LogCancelled(ILogger logger, string what);

    [LoggerMessage(Level = LogLevel.Error, Message = "Failed while {What}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string what);
}
