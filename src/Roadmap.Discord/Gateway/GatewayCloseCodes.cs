namespace Roadmap.Discord.Gateway;

/// <summary>The close-code table of REFERENCE.md 1.9, and the codes the client closes with.</summary>
public static class GatewayCloseCodes
{
    /// <summary>Closing with 1000 ends the session for good; used only on shutdown.</summary>
    public const int NormalClosure = 1000;

    /// <summary>Any code but 1000/1001 keeps the session resumable; used for every reconnect.</summary>
    public const int Reconnecting = 4000;

    public static GatewayReconnectAction ActionFor(int? closeCode) => closeCode switch
    {
        4003 or 4007 or 4009 => GatewayReconnectAction.NewSession,
        4004 or (>= 4010 and <= 4014) => GatewayReconnectAction.Fatal,
        // 4000, 4001, 4002, 4005 and 4008 resume per the table. Codes outside the table and drops
        // without a close frame resume too: the docs say a drop is resumable, and a dead session
        // answers with op 9 d=false, which then starts a new one, so no IDENTIFY is ever wasted.
        _ => GatewayReconnectAction.Resume,
    };

    public static string Describe(int closeCode) => closeCode switch
    {
        4000 => "unknown error",
        4001 => "unknown opcode",
        4002 => "decode error",
        4003 => "not authenticated",
        4004 => "authentication failed: the bot token is invalid",
        4005 => "already authenticated",
        4007 => "invalid seq on resume",
        4008 => "gateway send rate limit exceeded",
        4009 => "session timed out",
        4010 => "invalid shard",
        4011 => "sharding required: the bot must shard",
        4012 => "invalid API version",
        4013 => "invalid intents",
        4014 => "disallowed intents: enable the privileged intent in the developer portal or remove it",
        _ => "unlisted close code",
    };
}
