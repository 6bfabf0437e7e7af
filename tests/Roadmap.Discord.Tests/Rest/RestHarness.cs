using Microsoft.Extensions.Logging.Testing;
using Roadmap.Discord.Rest;
using Roadmap.Discord.Tests.Rest.Fakes;
using Roadmap.Testing;

namespace Roadmap.Discord.Tests.Rest;

/// <summary>The real client against the fake Discord over loopback, both on one fake clock.</summary>
public sealed class RestHarness : IAsyncDisposable
{
    private readonly HttpClient _http = new();

    private RestHarness(FakeDiscordServer server, FakeTimeProvider time, DiscordRestOptions options)
    {
        Server = server;
        Time = time;
        Options = options;
        Client = new DiscordRestClient(_http, Microsoft.Extensions.Options.Options.Create(options), time, Logger);
    }

    public FakeDiscordServer Server { get; }

    public FakeRest Fake => Server.Rest;

    public FakeTimeProvider Time { get; }

    public DiscordRestOptions Options { get; }

    public FakeLogger<DiscordRestClient> Logger { get; } = new();

    public DiscordRestClient Client { get; }

    public static async Task<RestHarness> StartAsync(bool autoAdvance = true, Action<DiscordRestOptions>? configure = null)
    {
        var server = await FakeDiscordServer.StartAsync();
        var time = new FakeTimeProvider(autoAdvance);
        server.Rest.Time = time;
        var options = new DiscordRestOptions
        {
            Token = FakeRest.DefaultToken,
            ApiBaseUrl = server.ApiBaseUri,
            ServerErrorBaseDelay = TimeSpan.FromMilliseconds(500),
        };
        configure?.Invoke(options);
        return new RestHarness(server, time, options);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Server.DisposeAsync();
    }
}
