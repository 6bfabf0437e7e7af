using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Roadmap.Bot.Cohorts;
using Roadmap.Bot.Content;
using Roadmap.Bot.Members;
using Roadmap.Bot.Nudges;
using Roadmap.Bot.Persistence;
using Roadmap.Bot.Privacy;
using Roadmap.Bot.Progress;

namespace Roadmap.Bot.Tests.Fakes;

/// <summary>
/// A database file in its own temporary folder, reached through the real registrations of the
/// features that store data (persistence, members, progress, nudges, privacy) with a manual clock and
/// <see cref="TestRoadmap"/> as the content. The folder is deleted on dispose.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private TestDatabase(string? fileName)
    {
        Folder = Path.Combine(Path.GetTempPath(), "roadmap-db-" + Guid.NewGuid().ToString("N"));
        FilePath = Path.Combine(Folder, fileName ?? "roadmap.db");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Path"] = FilePath })
            .Build();
        _services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddSingleton<TimeProvider>(Time)
            .AddRoadmapContent(Content)
            .AddPersistence()
            .AddMembers()
            .AddProgress()
            .AddNudges()
            .AddCohorts()
            .AddPrivacy()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public string Folder { get; }

    public string FilePath { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 4, 10, 30, 0, TimeSpan.Zero));

    /// <summary>The roadmap the progress service checks ids against: <see cref="TestRoadmap"/>.</summary>
    public RoadmapContent Content { get; } = TestRoadmap.Create();

    /// <summary>The milestone of <see cref="Content"/> with this id, as a command resolves it before calling the progress service.</summary>
    public Milestone Milestone(string id) => Content.FindMilestone(id) ?? throw new ArgumentException($"No milestone {id} in the test roadmap.", nameof(id));

    /// <summary>A migrated database.</summary>
    public static async Task<TestDatabase> CreateAsync(string? fileName = null)
    {
        var database = new TestDatabase(fileName);
        await database.Get<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        return database;
    }

    /// <summary>A database whose file does not exist yet.</summary>
    public static TestDatabase CreateEmpty(string? fileName = null) => new(fileName);

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public Task<SqliteConnection> OpenAsync() => Get<SqliteConnectionFactory>().OpenAsync(CancellationToken.None);

    public async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await OpenAsync();
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
