namespace Roadmap.Discord.Gateway;

/// <summary>What the client does after a connection ends.</summary>
public enum GatewayReconnectAction
{
    /// <summary>Open a socket to the resume URL and RESUME the session.</summary>
    Resume,

    /// <summary>Forget the session, fetch the gateway URL and IDENTIFY again.</summary>
    NewSession,

    /// <summary>Stop: reconnecting cannot succeed (bad token, intents, shard or version).</summary>
    Fatal,

    /// <summary>The application asked to stop; the socket was closed with 1000.</summary>
    Shutdown,
}
