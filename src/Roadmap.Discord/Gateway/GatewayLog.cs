using Microsoft.Extensions.Logging;

namespace Roadmap.Discord.Gateway;

/// <summary>The gateway's log messages. None of them takes the token.</summary>
internal static partial class GatewayLog
{
    [LoggerMessage(LogLevel.Information, "Connecting to the gateway at {Host} to {Mode}")]
    public static partial void Connecting(ILogger logger, string host, string mode);

    [LoggerMessage(LogLevel.Information, "Gateway session {SessionId} ready as {UserId}")]
    public static partial void Ready(ILogger logger, string? sessionId, ulong? userId);

    [LoggerMessage(LogLevel.Information, "Gateway session {SessionId} resumed at sequence {Sequence}")]
    public static partial void Resumed(ILogger logger, string? sessionId, int? sequence);

    [LoggerMessage(LogLevel.Warning, "Gateway connection ended ({Reason}); next: {Action} in {Delay}")]
    public static partial void Reconnecting(ILogger logger, string reason, GatewayReconnectAction action, TimeSpan delay);

    [LoggerMessage(LogLevel.Warning, "Gateway connection attempt failed")]
    public static partial void ConnectFailed(ILogger logger, Exception exception);

    [LoggerMessage(LogLevel.Warning, "No heartbeat ACK since the last heartbeat; closing the zombie connection to resume")]
    public static partial void Zombie(ILogger logger);

    // Debug only: the client throws GatewayFatalException with the same facts, and the application
    // that catches it tells the operator once, with what to fix.
    [LoggerMessage(LogLevel.Debug, "The gateway stopped for good: {CloseCode} {Description}")]
    public static partial void Fatal(ILogger logger, int? closeCode, string description);

    [LoggerMessage(LogLevel.Warning, "All {Total} session starts are used; waiting {Wait} before IDENTIFY")]
    public static partial void SessionStartLimitReached(ILogger logger, int total, TimeSpan wait);

    [LoggerMessage(LogLevel.Warning, "Skipped a gateway frame that is not valid JSON")]
    public static partial void MalformedFrame(ILogger logger, Exception exception);

    [LoggerMessage(LogLevel.Warning, "Could not read the {EventName} payload; it is passed on unread")]
    public static partial void UnreadablePayload(ILogger logger, string eventName, Exception exception);

    [LoggerMessage(LogLevel.Debug, "Closing the gateway connection failed; the socket is abandoned")]
    public static partial void CloseFailed(ILogger logger, Exception exception);

    [LoggerMessage(LogLevel.Information, "Gateway shut down with close code 1000")]
    public static partial void ShutDown(ILogger logger);
}
