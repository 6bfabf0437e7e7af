using System.Data;
using System.Data.Common;
using Dapper;

namespace Roadmap.Bot.Persistence;

/// <summary>
/// Discord ids are ulong but SQLite integers are signed 64-bit: the id is stored through an unchecked
/// cast, so ids above 2^63 are negative in the file and come back exactly. Equality and joins work;
/// ordering by id in SQL does not match ulong order, which nothing needs.
/// </summary>
internal sealed class SnowflakeHandler : DbValueHandler<ulong>
{
    protected override void Configure(DbParameter parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        parameter.DbType = DbType.Int64;
    }

    protected override void SetValueCore(DbParameter parameter, ulong value)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        parameter.Value = unchecked((long)value);
    }

    protected override ulong Parse(object? value) => value switch
    {
        long stored => unchecked((ulong)stored),
        _ => throw new DataException($"Expected a Discord id (INTEGER) but found {value?.GetType().Name ?? "null"} '{value}'."),
    };
}
