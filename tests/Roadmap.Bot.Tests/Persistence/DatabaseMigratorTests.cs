using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Roadmap.Bot.Persistence;
using Roadmap.Bot.Tests.Fakes;

namespace Roadmap.Bot.Tests.Persistence;

public sealed class DatabaseMigratorTests
{
    private static readonly string[] ExpectedTables =
    [
        "board_windows", "bot_state", "challenge_members", "challenge_submissions", "challenges", "cohort_completions", "cohort_members", "cohort_posts", "cohorts",
        "guild_members", "guild_settings", "members", "milestone_positions", "nudge_settings", "nudges", "progress", "progress_events",
    ];

    [Fact]
    public void Embedded_Always_AreNumberedFromOneWithoutGaps()
    {
        Assert.NotEmpty(Migration.Embedded);
        Assert.Equal(Enumerable.Range(1, Migration.Embedded.Count), Migration.Embedded.Select(m => m.Version));
        Assert.Equal("0001_initial", Migration.Embedded[0].Name);
    }

    [Fact]
    public async Task MigrateAsync_EmptyFile_AppliesEveryMigration()
    {
        await using var database = TestDatabase.CreateEmpty(Path.Combine("nested", "folder", "roadmap.db"));

        var applied = await database.Get<DatabaseMigrator>().MigrateAsync(CancellationToken.None);

        Assert.Equal(Migration.Embedded.Count, applied);
        Assert.True(File.Exists(database.FilePath));
        Assert.Equal(Migration.Embedded[^1].Version, await database.ScalarAsync<int>("PRAGMA user_version"));
        await using var connection = await database.OpenAsync();
        var tables = await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
        Assert.Equal(ExpectedTables, tables);
    }

    [Fact]
    public async Task MigrateAsync_SecondRun_AppliesNothingAndKeepsTheSchema()
    {
        await using var database = await TestDatabase.CreateAsync();
        var schema = await database.ScalarAsync<string>("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master ORDER BY name)");

        var applied = await database.Get<DatabaseMigrator>().MigrateAsync(CancellationToken.None);

        Assert.Equal(0, applied);
        Assert.Equal(schema, await database.ScalarAsync<string>("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master ORDER BY name)"));
        Assert.Equal(Migration.Embedded[^1].Version, await database.ScalarAsync<int>("PRAGMA user_version"));
    }

    [Fact]
    public async Task MigrateAsync_NewerDatabase_RefusesWithBothVersionsAndWhatToDo()
    {
        await using var database = await TestDatabase.CreateAsync();
        var newer = Migration.Embedded[^1].Version + 1;
        await database.ScalarAsync<int>($"PRAGMA user_version = {newer}");
        await database.ScalarAsync<string>("PRAGMA journal_mode = DELETE");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => database.Get<DatabaseMigrator>().MigrateAsync(CancellationToken.None));

        Assert.Equal(
            $"The database file {database.FilePath} has schema version {newer}, but this build of Roadmap Coach only knows versions up to {newer - 1}. " +
            "It was written by a newer version of the bot. Run that newer version, or point Database:Path at another file " +
            "(or a backup taken before the upgrade). The file was not changed.",
            error.Message);
        Assert.Equal(newer, await database.ScalarAsync<int>("PRAGMA user_version"));
        Assert.Equal("delete", await database.ScalarAsync<string>("PRAGMA journal_mode"));
    }

    [Fact]
    public async Task MigrateAsync_PendingMigrations_AppliesThemInOrderFromTheFileVersion()
    {
        await using var database = TestDatabase.CreateEmpty();
        var factory = database.Get<SqliteConnectionFactory>();
        var first = new DatabaseMigrator(factory, NullLogger<DatabaseMigrator>.Instance) { Migrations = [new(1, "0001_a", "CREATE TABLE a (x INTEGER);")] };
        var both = new DatabaseMigrator(factory, NullLogger<DatabaseMigrator>.Instance)
        {
            Migrations = [new(1, "0001_a", "CREATE TABLE a (x INTEGER);"), new(2, "0002_b", "ALTER TABLE a ADD COLUMN y TEXT; INSERT INTO a VALUES (1, 'two');")],
        };

        Assert.Equal(1, await first.MigrateAsync(CancellationToken.None));
        Assert.Equal(1, await both.MigrateAsync(CancellationToken.None));

        Assert.Equal(2, await database.ScalarAsync<int>("PRAGMA user_version"));
        Assert.Equal("two", await database.ScalarAsync<string>("SELECT y FROM a"));
    }

    [Fact]
    public async Task MigrateAsync_FailingMigration_RollsItBackAndKeepsTheVersion()
    {
        await using var database = TestDatabase.CreateEmpty();
        var migrator = new DatabaseMigrator(database.Get<SqliteConnectionFactory>(), NullLogger<DatabaseMigrator>.Instance)
        {
            Migrations = [new(1, "0001_a", "CREATE TABLE a (x INTEGER);"), new(2, "0002_broken", "CREATE TABLE b (x INTEGER); INSERT INTO missing VALUES (1);")],
        };

        await Assert.ThrowsAsync<SqliteException>(() => migrator.MigrateAsync(CancellationToken.None));

        Assert.Equal(1, await database.ScalarAsync<int>("PRAGMA user_version"));
        Assert.Equal(0, await database.ScalarAsync<int>("SELECT count(*) FROM sqlite_master WHERE name = 'b'"));
    }
}
