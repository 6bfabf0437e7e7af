using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Roadmap.Bot.Persistence;

/// <summary>
/// The one place connections come from: every connection has foreign keys on and a busy timeout, so
/// a writer waits for another instead of failing with "database is locked". WAL mode is set once by
/// <see cref="DatabaseMigrator"/> and persists in the file.
/// </summary>
public sealed class SqliteConnectionFactory
{
    private readonly string _connectionString;
    private readonly string _pragmas;

    public SqliteConnectionFactory(IOptions<DatabaseOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);

        FilePath = System.IO.Path.GetFullPath(options.Value.Path);
        var folder = System.IO.Path.GetDirectoryName(FilePath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString();

        // synchronous = NORMAL is the setting SQLite recommends with WAL: a crash of the process never
        // loses a commit; only a power cut may lose the last few, and the file stays consistent.
        var busyMilliseconds = (long)options.Value.BusyTimeout.TotalMilliseconds;
        _pragmas = string.Create(CultureInfo.InvariantCulture, $"PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {busyMilliseconds}; PRAGMA synchronous = NORMAL;");
    }

    /// <summary>The absolute path of the database file.</summary>
    public string FilePath { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var command = connection.CreateCommand();
            command.CommandText = _pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
