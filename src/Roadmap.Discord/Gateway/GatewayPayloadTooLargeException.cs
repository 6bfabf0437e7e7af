namespace Roadmap.Discord.Gateway;

/// <summary>A frame exceeded Discord's 4096-byte limit and was refused before it was sent.</summary>
public sealed class GatewayPayloadTooLargeException : Exception
{
    public const int MaxFrameBytes = 4096;

    public GatewayPayloadTooLargeException()
    {
    }

    public GatewayPayloadTooLargeException(string message)
        : base(message)
    {
    }

    public GatewayPayloadTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GatewayPayloadTooLargeException(GatewayOpcode opcode, int size)
        : base($"The gateway frame for {opcode} is {size} bytes; Discord accepts at most {MaxFrameBytes} "
            + "and would close the connection with 4002. It was not sent.")
    {
        Opcode = opcode;
        Size = size;
    }

    public GatewayOpcode? Opcode { get; }

    public int Size { get; }
}
