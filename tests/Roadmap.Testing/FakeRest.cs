using Microsoft.AspNetCore.Builder;

namespace Roadmap.Testing;

/// <summary>The fake REST routes. Skeleton: the REST work fills it in.</summary>
public sealed class FakeRest
{
    private FakeDiscordServer? _server;

    internal FakeDiscordServer Server => _server ?? throw new InvalidOperationException("Not started.");

    internal void Map(WebApplication app, FakeDiscordServer server)
    {
        ArgumentNullException.ThrowIfNull(app);
        _server = server;
    }
}
