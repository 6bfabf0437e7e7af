using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Roadmap.Bot.Persistence;
using Roadmap.Bot.Tests.Fakes;

namespace Roadmap.Bot.Tests.Persistence;

/// <summary>
/// 0010_board_indexes: each challenge submission carries whether its member shares their progress. An
/// upgrade marks what is there, and the triggers keep it right as members submit and change visibility.
/// </summary>
public sealed class BoardIndexesMigrationTests
{
    private const string Shares = "SELECT link || '=' || shares FROM challenge_submissions ORDER BY link";

    [Fact]
    public async Task Upgrade_MarksThePrivateMembersSubmissions()
    {
        await using var database = await SeededAtVersion9Async();

        await database.Get<DatabaseMigrator>().MigrateAsync(CancellationToken.None);

        await using var migrated = await database.OpenAsync();
        Assert.Equal(["https://a.example/1=1", "https://a.example/2=1", "https://b.example/1=0"], (await migrated.QueryAsync<string>(Shares)).ToList());
    }

    [Fact]
    public async Task Triggers_FollowNewSubmissionsAndVisibilityChanges()
    {
        await using var database = await SeededAtVersion9Async();
        await database.Get<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        await using var connection = await database.OpenAsync();

        await connection.ExecuteAsync("""
            INSERT INTO challenge_submissions (guild_id, challenge_id, member_id, link, submitted_at) VALUES
                (5, 21, 2, 'https://b.example/2', 70), (5, 20, 3, 'https://c.example/1', 80);
            """);
        var afterSubmitting = (await connection.QueryAsync<string>(Shares)).ToList();
        await connection.ExecuteAsync("""
            UPDATE members SET visibility = 'private' WHERE id = 1;
            UPDATE members SET visibility = 'public' WHERE id = 2;
            UPDATE members SET visibility = 'server' WHERE id = 3;
            """);

        Assert.Equal(
            ["https://a.example/1=1", "https://a.example/2=1", "https://b.example/1=0", "https://b.example/2=0", "https://c.example/1=1"],
            afterSubmitting);
        Assert.Equal(
            ["https://a.example/1=0", "https://a.example/2=0", "https://b.example/1=1", "https://b.example/2=1", "https://c.example/1=1"],
            (await connection.QueryAsync<string>(Shares)).ToList());
    }

    private static async Task<TestDatabase> SeededAtVersion9Async()
    {
        var database = TestDatabase.CreateEmpty();
        var factory = database.Get<SqliteConnectionFactory>();
        var before = new DatabaseMigrator(factory, NullLogger<DatabaseMigrator>.Instance) { Migrations = [.. Migration.Embedded.Where(m => m.Version <= 9)] };
        await before.MigrateAsync(CancellationToken.None);
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync("""
            INSERT INTO members (id, visibility, created_at, updated_at) VALUES (1, 'server', 0, 0), (2, 'private', 0, 0), (3, 'public', 0, 0);
            INSERT INTO cohorts (id, guild_id, name, starts_at, created_at) VALUES (10, 5, 'Spring', 0, 0);
            INSERT INTO challenges (id, guild_id, cohort_id, title, due_at, posted_at) VALUES (20, 5, 10, 'Shortener', 1000, 0), (21, 5, 10, 'Cache', 1000, 0);
            INSERT INTO challenge_submissions (guild_id, challenge_id, member_id, link, submitted_at, late, verdict, replaced_at) VALUES
                (5, 20, 1, 'https://a.example/1', 0, 0, 'accepted', 50),
                (5, 20, 1, 'https://a.example/2', 60, 0, 'accepted', NULL),
                (5, 20, 2, 'https://b.example/1', 65, 0, NULL, NULL);
            """);
        return database;
    }
}
