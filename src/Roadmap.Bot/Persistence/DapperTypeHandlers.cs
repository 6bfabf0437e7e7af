using Dapper;

namespace Roadmap.Bot.Persistence;

/// <summary>Registers the Dapper type handlers once per process.</summary>
public static class DapperTypeHandlers
{
    private static readonly Lazy<bool> Registration = new(Register);

    public static void EnsureRegistered() => _ = Registration.Value;

    private static bool Register()
    {
        // Dapper sends a type it has a DbType for (both of these) through that DbType and never asks a
        // handler, so the built-in mapping goes first; Microsoft.Data.Sqlite would otherwise write
        // DateTimeOffset as text and reject ulong values above long.MaxValue.
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset));
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset?));
        SqlMapper.RemoveTypeMap(typeof(ulong));
        SqlMapper.RemoveTypeMap(typeof(ulong?));
        SqlMapper.AddTypeHandler(new UnixMillisecondsHandler());
        SqlMapper.AddTypeHandler(new SnowflakeHandler());
        return true;
    }
}
