namespace Roadmap.Discord.Gateway;

/// <summary>The <c>d</c> of HELLO (op 10).</summary>
public sealed record HelloData(int HeartbeatInterval);
