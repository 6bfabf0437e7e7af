using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Roadmap.Discord.Models;
using Roadmap.Discord.Rest;
using Roadmap.Testing;

namespace Roadmap.Discord.Tests.Rest;

public sealed class AddDiscordRestTests
{
    [Fact]
    public async Task AddDiscordRest_ConfiguredByTheHost_SendsThroughTheRegisteredClient()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        await using var provider = Build([], o =>
        {
            o.Token = FakeRest.DefaultToken;
            o.ApiBaseUrl = server.ApiBaseUri;
        });

        var client = provider.GetRequiredService<IDiscordRestClient>();
        await client.CreateMessageAsync(3, new MessageBody { Content = "from DI" }, CancellationToken.None);

        var request = Assert.Single(server.Rest.Requests.All);
        Assert.True(request.TokenMatched);
        Assert.Contains("from DI", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void AddDiscordRest_DiscordSection_IsLeftToTheHost()
    {
        // The "Discord" section belongs to the host's options class; the library reads only Discord:Rest.
        using var provider = Build(new()
        {
            ["Discord:Token"] = "host-token",
            ["Discord:ApiBaseUrl"] = "http://127.0.0.1:9/api/v10",
            ["Discord:Rest:MaxServerErrorRetries"] = "7",
        });

        var options = provider.GetRequiredService<IOptions<DiscordRestOptions>>().Value;

        Assert.Equal("", options.Token);
        Assert.Equal(new Uri("https://discord.com/api/v10"), options.ApiBaseUrl);
        Assert.Equal(7, options.MaxServerErrorRetries);
    }

    [Fact]
    public void AddDiscordRest_NoGlobalRequests_FailsValidationNamingTheKey()
    {
        using var provider = Build(new() { ["Discord:Rest:GlobalRequestsPerSecond"] = "0" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DiscordRestOptions>>().Value);

        Assert.Contains("Discord:Rest:GlobalRequestsPerSecond", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings, Action<DiscordRestOptions>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddDiscordRest();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        return services.BuildServiceProvider();
    }
}
