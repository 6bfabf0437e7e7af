using System.Globalization;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Roadmap.Bot.Tests.Fakes;

/// <summary>Every row of every table as text, to assert that an operation changed nothing.</summary>
internal static class DatabaseSnapshot
{
    public static async Task<string> TakeAsync(SqliteConnection connection)
    {
        var text = new StringBuilder();
        var tables = await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
        foreach (var table in tables)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"[{table}]");
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1, 2";
            using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var values = Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture));
                text.AppendLine(string.Join(" | ", values));
            }
        }

        return text.ToString();
    }
}
