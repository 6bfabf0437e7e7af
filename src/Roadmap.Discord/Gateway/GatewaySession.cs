using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Roadmap.Discord.Json;

namespace Roadmap.Discord.Gateway;

/// <summary>
/// The session that outlives connections: id, resume URL and last sequence. It takes every dispatch,
/// learns from READY, and hands the event to the application without ever waiting for it.
/// </summary>
internal sealed class GatewaySession(ChannelWriter<GatewayDispatch> events, ILogger logger)
{
    private readonly Lock _lock = new();
    private string? _sessionId;
    private Uri? _resumeUrl;
    private int? _sequence;

    public string? SessionId { get { lock (_lock) { return _sessionId; } } }

    public Uri? ResumeUrl { get { lock (_lock) { return _resumeUrl; } } }

    public int? Sequence { get { lock (_lock) { return _sequence; } } }

    public ulong? ApplicationId { get; private set; }

    public bool CanResume { get { lock (_lock) { return _sessionId is not null && _resumeUrl is not null; } } }

    /// <summary>Drops the session after op 9 d=false or a close code that ends it.</summary>
    public void Forget()
    {
        lock (_lock)
        {
            _sessionId = null;
            _resumeUrl = null;
            _sequence = null;
        }
    }

    /// <summary>Takes a dispatch whose frame arrived at <paramref name="receivedAt"/>; returns true when it is READY or RESUMED.</summary>
    public bool Accept(GatewayPayload payload, long receivedAt)
    {
        var name = payload.T ?? string.Empty;
        lock (_lock)
        {
            _sequence = payload.S ?? _sequence;
        }

        var isSessionStart = name switch
        {
            "READY" => Start(payload.D),
            "RESUMED" => LogResumed(),
            _ => false,
        };

        // Unbounded: the receive loop must never wait for a slow application, or ACKs go unread.
        events.TryWrite(new GatewayDispatch(name, payload.S, payload.D) { ReceivedAt = receivedAt });
        return isSessionStart;
    }

    private bool Start(JsonElement data)
    {
        ReadyData? ready = null;
        try
        {
            ready = data.Deserialize(DiscordJson.Context.ReadyData);
        }
        catch (JsonException exception)
        {
            GatewayLog.UnreadablePayload(logger, "READY", exception);
        }

        lock (_lock)
        {
            _sessionId = ready?.SessionId;
            _resumeUrl = Uri.TryCreate(ready?.ResumeGatewayUrl, UriKind.Absolute, out var url) ? url : null;
        }

        ApplicationId = ready?.Application?.Id ?? ApplicationId;
        GatewayLog.Ready(logger, ready?.SessionId, ready?.User?.Id);
        return true;
    }

    private bool LogResumed()
    {
        GatewayLog.Resumed(logger, SessionId, Sequence);
        return true;
    }
}
