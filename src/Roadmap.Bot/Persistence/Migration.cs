using System.Globalization;
using System.Reflection;

namespace Roadmap.Bot.Persistence;

/// <summary>One numbered schema change, from an embedded <c>Persistence/Migrations/NNNN_name.sql</c>.</summary>
internal sealed record Migration(int Version, string Name, string Sql)
{
    private const string Prefix = "Roadmap.Bot.Persistence.Migrations.";

    /// <summary>The migrations shipped in this assembly, in order, numbered 1, 2, 3… without gaps.</summary>
    public static IReadOnlyList<Migration> Embedded { get; } = Load(typeof(Migration).Assembly);

    private static List<Migration> Load(Assembly assembly)
    {
        var migrations = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Read(assembly, name))
            .OrderBy(m => m.Version)
            .ToList();

        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Migration {migrations[i].Name} should be number {i + 1}: migrations are numbered 0001, 0002, … without gaps or repeats.");
            }
        }

        return migrations;
    }

    private static Migration Read(Assembly assembly, string resourceName)
    {
        var fileName = resourceName[Prefix.Length..^".sql".Length];
        var separator = fileName.IndexOf('_', StringComparison.Ordinal);
        if (separator <= 0 || !int.TryParse(fileName[..separator], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new InvalidOperationException($"Migration file {fileName}.sql should be named NNNN_what_it_does.sql.");
        }

        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return new Migration(version, fileName, reader.ReadToEnd());
    }
}
