using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Roadmap.Testing;

/// <summary>
/// A Kestrel app on 127.0.0.1 and a free port that speaks the parts of Discord the bot uses: the
/// gateway WebSocket (see <see cref="FakeGateway"/>) and the REST routes (see <see cref="FakeRest"/>).
/// </summary>
public sealed class FakeDiscordServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeDiscordServer(WebApplication app, FakeGateway gateway, FakeRest rest)
    {
        _app = app;
        Gateway = gateway;
        Rest = rest;
    }

    public FakeGateway Gateway { get; }

    public FakeRest Rest { get; }

    /// <summary>http://127.0.0.1:port, known once the server has started.</summary>
    public Uri BaseUri { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The REST base the bot is pointed at, like https://discord.com/api/v10.</summary>
    public Uri ApiBaseUri => new(BaseUri, "api/v10");

    /// <summary>The WebSocket URL that GET /gateway/bot hands out.</summary>
    public Uri GatewayUri => new($"ws://{BaseUri.Authority}/gateway");

    public static async Task<FakeDiscordServer> StartAsync(int port = 0, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        // The fake answers with JsonObject bodies, which need a resolver now that reflection is off by default.
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolver = new DefaultJsonTypeInfoResolver());
        var app = builder.Build();
        app.UseWebSockets();

        var gateway = new FakeGateway();
        var rest = new FakeRest();
        var server = new FakeDiscordServer(app, gateway, rest);
        gateway.Map(app, server);
        rest.Map(app, server);

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        server.BaseUri = new Uri(app.Urls.First().TrimEnd('/') + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
