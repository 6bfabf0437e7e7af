namespace Roadmap.Testing.Gateway;

/// <summary>How a connection to the fake ended: who closed it and with which code (null: no close frame).</summary>
public sealed record FakeGatewayClose(int ConnectionId, bool ByClient, int? Code);
