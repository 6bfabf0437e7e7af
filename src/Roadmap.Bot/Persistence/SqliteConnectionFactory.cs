using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Roadmap.Bot.Persistence;

/// <summary>
/// The one place connections come from: every connection has foreign keys on and a busy timeout, so
/// a writer waits for another instead of failing with "database is locked". WAL mode is set once by
/// <see cref="DatabaseMigrator"/> and persists in the file.
/// </summary>
internal sealed class SqliteConnectionFactory
{
    private readonly string _connectionString;
    private readonly string _pragmas;

    // The pool hands back the same native connection many times, and these settings stay on it; so
    // they are sent once per native connection, not on every open. Weak: closed ones drop out.
    private readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> _configured = new();

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
            await connection.OpenAsync(cancellationToken);
            var handle = connection.Handle!;
            if (!_configured.TryGetValue(handle, out _))
            {
                using var command = connection.CreateCommand();
                command.CommandText = _pragmas;
                await command.ExecuteNonQueryAsync(cancellationToken);
                _configured.AddOrUpdate(handle, handle);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
