using Dapper;
using Microsoft.Data.Sqlite;
using Roadmap.Bot.Tests.Fakes;

namespace Roadmap.Bot.Tests.Persistence;

public sealed class SqliteConnectionFactoryTests
{
    [Fact]
    public async Task OpenAsync_MigratedFile_IsInWalMode()
    {
        await using var database = await TestDatabase.CreateAsync();

        Assert.Equal("wal", await database.ScalarAsync<string>("PRAGMA journal_mode"));
    }

    [Fact]
    public async Task OpenAsync_Always_TurnsForeignKeysOn()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var connection = await database.OpenAsync();

        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("PRAGMA foreign_keys"));
        var error = await Assert.ThrowsAsync<SqliteException>(() => connection.ExecuteAsync(
            "INSERT INTO progress (member_id, milestone_id, status, updated_at) VALUES (42, 'http-basics', 'done', 0)"));
        Assert.Contains("FOREIGN KEY constraint failed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_Always_SetsTheBusyTimeout()
    {
        await using var database = await TestDatabase.CreateAsync();

        Assert.Equal(5000, await database.ScalarAsync<int>("PRAGMA busy_timeout"));
    }

    [Fact]
    public async Task OpenAsync_AgainFromThePool_KeepsForeignKeysAndTheBusyTimeout()
    {
        await using var database = await TestDatabase.CreateAsync();
        SQLitePCL.sqlite3 firstHandle;
        await using (var first = await database.OpenAsync())
        {
            firstHandle = first.Handle!;
        }

        await using var second = await database.OpenAsync();

        Assert.Same(firstHandle, second.Handle);
        Assert.Equal(1, await second.ExecuteScalarAsync<int>("PRAGMA foreign_keys"));
        Assert.Equal(5000, await second.ExecuteScalarAsync<int>("PRAGMA busy_timeout"));
        Assert.Equal(1, await second.ExecuteScalarAsync<int>("PRAGMA synchronous"));
    }
}
