using System.Data;
using Dapper;

namespace Roadmap.Bot.Persistence;

/// <summary>
/// Discord ids are ulong but SQLite integers are signed 64-bit: the id is stored through an unchecked
/// cast, so ids above 2^63 are negative in the file and come back exactly. Equality and joins work;
/// ordering by id in SQL does not match ulong order, which nothing needs.
/// </summary>
public sealed class SnowflakeHandler : SqlMapper.TypeHandler<ulong>
{
    public override void SetValue(IDbDataParameter parameter, ulong value)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        parameter.DbType = DbType.Int64;
        parameter.Value = unchecked((long)value);
    }

    public override ulong Parse(object value) => value switch
    {
        long stored => unchecked((ulong)stored),
        _ => throw new DataException($"Expected a Discord id (INTEGER) but found {value.GetType().Name} '{value}'."),
    };
}
