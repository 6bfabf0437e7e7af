namespace Roadmap.Discord.Gateway;

/// <summary>How one connection ended and what the client should do next.</summary>
internal sealed record ConnectionOutcome(GatewayReconnectAction Action, string Reason)
{
    public int? CloseCode { get; init; }

    public string? CloseDescription { get; init; }

    /// <summary>Op 9 with d=false: wait a random 1-5 s before the new IDENTIFY.</summary>
    public bool WaitBeforeIdentify { get; init; }

    public static ConnectionOutcome FromClose(int? closeCode, string? description) => closeCode is null
        ? new(GatewayReconnectAction.Resume, "the socket closed without a close code")
        : new(GatewayCloseCodes.ActionFor(closeCode), $"Discord closed with {closeCode} ({GatewayCloseCodes.Describe(closeCode.Value)})")
        {
            CloseCode = closeCode,
            CloseDescription = description,
        };
}
