using Microsoft.AspNetCore.Builder;

namespace Roadmap.Testing;

/// <summary>The fake gateway WebSocket. Skeleton: the gateway work fills it in.</summary>
public sealed class FakeGateway
{
    private FakeDiscordServer? _server;

    internal FakeDiscordServer Server => _server ?? throw new InvalidOperationException("Not started.");

    internal void Map(WebApplication app, FakeDiscordServer server)
    {
        ArgumentNullException.ThrowIfNull(app);
        _server = server;
    }
}
