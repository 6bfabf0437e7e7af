using System.Data;
using System.Data.Common;
using Dapper;

namespace Roadmap.Bot.Persistence;

/// <summary>
/// Stores a <see cref="DateTimeOffset"/> as UTC unix milliseconds in an INTEGER column: it sorts and
/// compares as a number (range queries use the indexes), it cannot carry an offset or a format that
/// disagrees with another row, and it is what SQLite's own date functions read with 'unixepoch'
/// (<c>datetime(at / 1000, 'unixepoch')</c>). Values read back are in UTC, to the millisecond.
/// </summary>
internal sealed class UnixMillisecondsHandler : DbValueHandler<DateTimeOffset>
{
    protected override void Configure(DbParameter parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        parameter.DbType = DbType.Int64;
    }

    protected override void SetValueCore(DbParameter parameter, DateTimeOffset value)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        parameter.Value = value.ToUnixTimeMilliseconds();
    }

    protected override DateTimeOffset Parse(object? value) => value switch
    {
        long milliseconds => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds),
        _ => throw new DataException($"Expected unix milliseconds (INTEGER) for a time but found {value?.GetType().Name ?? "null"} '{value}'."),
    };
}
