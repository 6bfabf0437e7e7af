using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Roadmap.Bot.Persistence;

namespace Roadmap.Bot.Tests.Persistence;

public sealed class DatabaseOptionsTests
{
    [Fact]
    public void AddPersistence_NoDatabaseSection_UsesDataRoadmapDb()
    {
        using var services = Build(new Dictionary<string, string?>());

        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;

        Assert.Equal("data/roadmap.db", options.Path);
        Assert.Equal(TimeSpan.FromSeconds(5), options.BusyTimeout);
    }

    [Fact]
    public void AddPersistence_EmptyPath_FailsNamingTheKey()
    {
        using var services = Build(new Dictionary<string, string?> { ["Database:Path"] = " " });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DatabaseOptions>>().Value);

        Assert.Contains("Database:Path is empty. Set it to the SQLite file to use, such as data/roadmap.db.", error.Failures);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddPersistence()
            .BuildServiceProvider();
}
