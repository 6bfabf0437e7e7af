using Roadmap.Bot.Members;
using Roadmap.Bot.Progress;
using Roadmap.Bot.Tests.Fakes;

namespace Roadmap.Bot.Tests.Persistence;

/// <summary>
/// The stores hand their cancellation token to Dapper inside the parameters object, where Dapper.AOT's
/// generated code picks it up; these fail if a call site stops passing it on to SQLite.
/// </summary>
public sealed class CommandCancellationTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task ReadRowAsync_CancelledToken_ThrowsBeforeReading()
    {
        await using var connection = await _database.OpenAsync();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => ProgressStore.ReadRowAsync(connection, transaction: null, 42, "internet", cancellation.Token));
    }

    [Fact]
    public async Task EnsureAsync_CancelledToken_WritesNothing()
    {
        await using (var connection = await _database.OpenAsync())
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            using var cancellation = new CancellationTokenSource();
            await cancellation.CancelAsync();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(
                () => MemberStore.EnsureAsync(connection, transaction, 42, DateTimeOffset.UnixEpoch, cancellation.Token));
            transaction.Commit();
        }

        Assert.Equal(0L, await _database.ScalarAsync<long>("SELECT count(*) FROM members"));
    }
}
