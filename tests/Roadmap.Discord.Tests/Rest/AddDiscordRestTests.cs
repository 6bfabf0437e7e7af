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
    public async Task AddDiscordRest_ConfiguredForTheFake_SendsThroughTheRegisteredClient()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        await using var provider = Build(new()
        {
            ["Discord:Token"] = FakeRest.DefaultToken,
            ["Discord:ApiBaseUrl"] = server.ApiBaseUri.ToString(),
        });

        var client = provider.GetRequiredService<IDiscordRestClient>();
        await client.CreateMessageAsync(3, new MessageBody { Content = "from DI" }, CancellationToken.None);

        var request = Assert.Single(server.Rest.Requests.All);
        Assert.True(request.TokenMatched);
        Assert.Contains("from DI", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddDiscordRest_RelativeBaseUrl_FailsValidationNamingTheKey()
    {
        await using var provider = Build(new() { ["Discord:ApiBaseUrl"] = "api/v10" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DiscordRestOptions>>().Value);

        Assert.Contains("Discord:ApiBaseUrl", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddDiscordRest()
            .BuildServiceProvider();
    }
}
