using System.Diagnostics.Metrics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Roadmap.Discord.Rest;

namespace Roadmap.Discord.Gateway;

/// <summary>
/// The Discord gateway client: keeps one session alive across connections (resuming whenever the
/// close allows it, identifying only when the session is gone) and hands every dispatch to the
/// application through <see cref="ReadEventsAsync"/>. Its reconnects are counted on
/// <see cref="DiscordMeter"/> from the given meter factory, or on the process-wide meter without one.
/// </summary>
public sealed class GatewayClient(
    IGatewayTransport transport,
    IGatewayBotSource botSource,
    IOptions<GatewayOptions> options,
    TimeProvider time,
    ILogger<GatewayClient> logger,
    IMeterFactory? meterFactory = null)
{
    private readonly GatewayOptions _options = options.Value;
    private readonly GatewayMetrics _metrics = new(DiscordMeter.From(meterFactory));
    // The reader's continuation runs on the receive loop as the dispatch is written, instead of
    // being queued to the thread pool: one thread hand-off less for every interaction.
    private readonly Channel<GatewayDispatch> _events = Channel.CreateUnbounded<GatewayDispatch>(
        new UnboundedChannelOptions { SingleWriter = true, AllowSynchronousContinuations = true });

    private GatewaySession? _session;
    private volatile GatewayConnection? _connection;
    private int _started;

    public string? SessionId => _session?.SessionId;

    /// <summary>
    /// Draws the first-heartbeat jitter, the backoff jitter and the op 9 wait. Tests pin it with a
    /// fixed sequence to make timings exact; it is not an option, as nobody configures randomness.
    /// </summary>
    internal Random Random { get; init; } = Random.Shared;

    public int? LastSequence => _session?.Sequence;

    public Uri? ResumeGatewayUrl => _session?.ResumeUrl;

    /// <summary>The application id from READY, needed for command and follow-up routes.</summary>
    public ulong? ApplicationId => _session?.ApplicationId;

    /// <summary>
    /// Every dispatch in order, READY and RESUMED included. Ends when the client stops; after a fatal
    /// close or a rejected token it ends with the exception <see cref="RunAsync"/> throws. The reader's loop body may run on
    /// the gateway's receive loop, so it should hand long work off rather than do it in place.
    /// </summary>
    public IAsyncEnumerable<GatewayDispatch> ReadEventsAsync(CancellationToken cancellationToken) =>
        _events.Reader.ReadAllAsync(cancellationToken);

    /// <summary>
    /// Connects and keeps the session alive until <paramref name="stoppingToken"/> is cancelled (then
    /// closes with 1000 and returns), Discord closes with a fatal code (then throws
    /// <see cref="GatewayFatalException"/>) or rejects the token (then throws
    /// <see cref="DiscordInvalidTokenException"/>). A client runs once.
    /// </summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        if (Interlocked.Exchange(ref _started, 1) == 1)
        {
            throw new InvalidOperationException("The gateway client has already been started; create a new one.");
        }

        try
        {
            if (string.IsNullOrWhiteSpace(_options.Token))
            {
                throw new InvalidOperationException("The bot token is not set (GatewayOptions.Token; the host sets it from its own settings).");
            }

            _session = new GatewaySession(_events.Writer, logger);
            await KeepSessionAliveAsync(_session, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping is the normal way out.
        }
        catch (Exception exception)
        {
            _events.Writer.TryComplete(exception);
            throw;
        }
        finally
        {
            _events.Writer.TryComplete();
        }
    }

    /// <summary>
    /// Sends an application frame (presence, voice state, ...) on the current connection. Heartbeats,
    /// IDENTIFY and RESUME belong to the client alone: an extra IDENTIFY costs a session start.
    /// <c>OutgoingPayload&lt;T&gt;</c> must be listed in the generated JSON context.
    /// </summary>
    public Task SendAsync<T>(GatewayOpcode opcode, T data, CancellationToken cancellationToken)
    {
        if (opcode is GatewayOpcode.Heartbeat or GatewayOpcode.Identify or GatewayOpcode.Resume)
        {
            throw new ArgumentException($"{opcode} is sent by the gateway client itself.", nameof(opcode));
        }

        var connection = _connection ?? throw new InvalidOperationException("The gateway is not connected.");
        return connection.Sender.SendAsync(opcode, data, cancellationToken);
    }

    private async Task KeepSessionAliveAsync(GatewaySession session, CancellationToken stoppingToken)
    {
        var backoff = new ReconnectBackoff(_options.ReconnectBackoffBase, _options.ReconnectBackoffMax, Random.NextDouble);
        var guard = new IdentifyGuard(botSource, _options, time, logger);
        while (true)
        {
            var (outcome, hasReachedSession) = await ConnectOnceAsync(session, guard, stoppingToken).ConfigureAwait(false);
            switch (outcome.Action)
            {
                case GatewayReconnectAction.Shutdown:
                    GatewayLog.ShutDown(logger);
                    return;
                case GatewayReconnectAction.Fatal:
                    GatewayLog.Fatal(logger, outcome.CloseCode, outcome.Reason);
                    throw new GatewayFatalException(outcome.CloseCode ?? 0, outcome.CloseDescription);
                case GatewayReconnectAction.NewSession:
                    session.Forget();
                    break;
            }

            if (hasReachedSession)
            {
                backoff.Reset();
            }

            var delay = outcome.WaitBeforeIdentify ? InvalidSessionDelay() : backoff.NextDelay();
            _metrics.Reconnecting(outcome.Action);
            GatewayLog.Reconnecting(logger, outcome.Reason, outcome.Action, delay);
            await Task.Delay(delay, time, stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task<(ConnectionOutcome Outcome, bool HasReachedSession)> ConnectOnceAsync(
        GatewaySession session, IdentifyGuard guard, CancellationToken stoppingToken)
    {
        using var connection = new GatewayConnection(transport, session, _options, time, Random.NextDouble, logger);
        try
        {
            var resume = session.CanResume;
            var url = resume
                ? session.ResumeUrl!
                : new Uri((await guard.WaitForTurnAsync(stoppingToken).ConfigureAwait(false)).Url);
            var uri = GatewayUri.Build(url, _options);
            GatewayLog.Connecting(logger, uri.Host, resume ? "resume" : "identify");
            _connection = connection;
            return (await connection.RunAsync(uri, resume, stoppingToken).ConfigureAwait(false), connection.HasReachedSession);
        }
        // A rejected token (401 on GET /gateway/bot) will be rejected again: retrying would only
        // repeat the failure forever, so it ends the run as a fatal close does.
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested && exception is not (GatewayPayloadTooLargeException or DiscordInvalidTokenException))
        {
            GatewayLog.ConnectFailed(logger, exception);
            return (new(GatewayReconnectAction.Resume, "the connection attempt failed"), false);
        }
        finally
        {
            _connection = null;
        }
    }

    private TimeSpan InvalidSessionDelay()
    {
        var spread = _options.InvalidSessionDelayMax - _options.InvalidSessionDelayMin;
        return _options.InvalidSessionDelayMin + (spread * Random.NextDouble());
    }
}
