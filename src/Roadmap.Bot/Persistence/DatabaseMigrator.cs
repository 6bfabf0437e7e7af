using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Roadmap.Bot.Persistence;

/// <summary>
/// Brings the database file to the schema this build knows: turns on WAL, then applies each pending
/// migration in its own transaction, recording it in <c>PRAGMA user_version</c>. Call
/// <see cref="MigrateAsync"/> once at start-up, before anything reads or writes.
/// </summary>
internal sealed partial class DatabaseMigrator(SqliteConnectionFactory factory, ILogger<DatabaseMigrator> logger)
{
    /// <summary>The migrations to apply; tests replace them.</summary>
    internal IReadOnlyList<Migration> Migrations { get; init; } = Migration.Embedded;

    /// <summary>Applies the pending migrations and returns how many there were.</summary>
    /// <exception cref="InvalidOperationException">The file was written by a newer build.</exception>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            // These statements take no parameters, and Dapper.AOT's generated code takes the
            // cancellation token only from a parameters object with parameters in it (it drops a
            // token-only one, or fails to compile it for SQL built at run time). So the token is
            // checked between statements, each a pragma or one small migration script.

            // Before anything writes, so a newer file is left exactly as it was.
            RefuseNewer(await connection.ExecuteScalarAsync<int>("PRAGMA user_version;"));

            // Outside a transaction on purpose: SQLite cannot change the journal mode inside one.
            cancellationToken.ThrowIfCancellationRequested();
            var journalMode = await connection.ExecuteScalarAsync<string?>("PRAGMA journal_mode = WAL;");
            if (!string.Equals(journalMode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                // Some file systems (network shares) cannot hold a WAL file; the bot still works, with
                // readers and the writer blocking each other.
                LogNoWal(logger, factory.FilePath, journalMode);
            }

            var applied = 0;
            foreach (var migration in Migrations)
            {
                if (await ApplyAsync(connection, migration, cancellationToken))
                {
                    applied++;
                }
            }

            return applied;
        }
    }

    private async Task<bool> ApplyAsync(SqliteConnection connection, Migration migration, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();

        // IMMEDIATE, and the version read inside it, so two processes starting together cannot both
        // apply the same migration.
        using var transaction = connection.BeginTransaction(deferred: false);
        var current = await connection.ExecuteScalarAsync<int>("PRAGMA user_version;", transaction: transaction);
        RefuseNewer(current);
        if (current >= migration.Version)
        {
            return false;
        }

        await connection.ExecuteAsync(migration.Sql, transaction: transaction);
        // PRAGMA takes no parameters; the version is an int from our own file name.
        await connection.ExecuteAsync($"PRAGMA user_version = {migration.Version:D};", transaction: transaction);
        transaction.Commit();
        LogApplied(logger, migration.Name, factory.FilePath);
        return true;
    }

    private void RefuseNewer(int fileVersion)
    {
        var known = Migrations.Count == 0 ? 0 : Migrations[^1].Version;
        if (fileVersion > known)
        {
            throw new InvalidOperationException(
                $"The database file {factory.FilePath} has schema version {fileVersion}, but this build of Roadmap Coach only knows versions up to {known}. " +
                "It was written by a newer version of the bot. Run that newer version, or point Database:Path at another file " +
                "(or a backup taken before the upgrade). The file was not changed.");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied database migration {Migration} to {DatabaseFile}")]
    private static partial void LogApplied(ILogger logger, string migration, string databaseFile);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database file {DatabaseFile} could not switch to WAL mode and uses {JournalMode}; readers and the writer will wait for each other")]
    private static partial void LogNoWal(ILogger logger, string databaseFile, string? journalMode);
}
