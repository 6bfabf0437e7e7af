namespace Roadmap.Discord.Gateway;

/// <summary>Discord closed the gateway with a code that forbids reconnecting (4004, 4010-4014).</summary>
public sealed class GatewayFatalException : Exception
{
    public GatewayFatalException()
    {
    }

    public GatewayFatalException(string message)
        : base(message)
    {
    }

    public GatewayFatalException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GatewayFatalException(int closeCode, string? closeDescription)
        : base($"Discord closed the gateway with {closeCode} ({GatewayCloseCodes.Describe(closeCode)})"
            + (string.IsNullOrEmpty(closeDescription) ? "." : $": {closeDescription}.")
            + " The client will not reconnect.")
    {
        CloseCode = closeCode;
    }

    public int? CloseCode { get; }
}
