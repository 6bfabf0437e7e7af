using YamlDotNet.RepresentationModel;

namespace Roadmap.Bot.Content;

/// <summary>
/// Reads a content folder (stacks.yml, tracks/&lt;track&gt;/track.yml and milestones/, projects/) and
/// checks it, returning the content only when nothing is wrong.
/// </summary>
internal static class ContentLoader
{
    public const string StacksFile = "stacks.yml";

    /// <summary>The roadmap in <paramref name="folder"/>; an <see cref="InvalidContentException"/> listing every problem when it does not validate.</summary>
    public static RoadmapContent LoadValid(string folder)
    {
        var result = Load(folder);
        return result.Content ?? throw new InvalidContentException(folder, result.Problems);
    }

    public static ContentLoadResult Load(string folder) => Load(folder, pictureCheck: null);

    /// <param name="folder">The content folder.</param>
    /// <param name="pictureCheck">
    /// Checks that need the picture library (the map's titles), which only `content check` runs: at
    /// start-up the library is not loaded until a picture is drawn, and failing to load it costs only
    /// pictures, never the bot.
    /// </param>
    public static ContentLoadResult Load(string folder, Func<ContentDraft, IEnumerable<ContentProblem>>? pictureCheck)
    {
        var problems = new List<ContentProblem>();
        if (!Directory.Exists(folder))
        {
            problems.Add(new ContentProblem(new SourceLocation(folder, 1), "The content folder does not exist.", "Pass the folder that holds stacks.yml, tracks/ and projects/, or set Content:Folder."));
            return new ContentLoadResult(null, problems);
        }

        var stacks = ReadOne(folder, StacksFile, problems, ContentParser.Stacks) ?? [];
        var trackFolder = FindTrackFolder(folder, problems);
        var track = trackFolder is null ? null : ReadOne(folder, Path.Combine(trackFolder, "track.yml"), problems, ContentParser.Track);
        var milestones = trackFolder is null ? [] : ReadAll(folder, Path.Combine(trackFolder, "milestones"), problems, ContentParser.Milestone);
        var projects = ReadAll(folder, "projects", problems, ContentParser.Project);

        var draft = new ContentDraft(track, stacks, milestones, projects);
        problems.AddRange(ContentValidator.Validate(draft));
        problems.AddRange(ContentLimits.Check(draft));
        if (pictureCheck is not null)
        {
            problems.AddRange(pictureCheck(draft));
        }

        var content = problems.Count == 0 && track is not null ? new RoadmapContent(track, stacks, milestones, projects) : null;
        return new ContentLoadResult(content, problems.OrderBy(p => p.Location.File, StringComparer.Ordinal).ThenBy(p => p.Location.Line).ToList());
    }

    private static string? FindTrackFolder(string folder, List<ContentProblem> problems)
    {
        var tracks = Path.Combine(folder, "tracks");
        var found = Directory.Exists(tracks) ? Directory.GetDirectories(tracks).Order(StringComparer.Ordinal).ToList() : [];
        if (found.Count == 1)
        {
            return Path.GetRelativePath(folder, found[0]);
        }

        var message = found.Count == 0 ? "There is no track folder." : $"There are {found.Count} track folders; the bot coaches one track.";
        problems.Add(new ContentProblem(new SourceLocation("tracks", 1), message, "Keep exactly one folder under tracks/, such as tracks/backend/ with track.yml and milestones/."));
        return null;
    }

    private static T? ReadOne<T>(string folder, string relativePath, List<ContentProblem> problems, Func<YamlMappingNode, YamlFields, T> parse)
        where T : class
    {
        var path = Path.Combine(folder, relativePath);
        var display = relativePath.Replace('\\', '/');
        if (!File.Exists(path))
        {
            problems.Add(new ContentProblem(new SourceLocation(display, 1), "The file is missing.", $"Create {display}; content/README.md shows its fields."));
            return null;
        }

        var fields = new YamlFields(display, problems);
        var root = fields.LoadRoot(File.ReadAllText(path));
        return root is null ? null : parse(root, fields);
    }

    private static List<T> ReadAll<T>(string folder, string relativeFolder, List<ContentProblem> problems, Func<YamlMappingNode, YamlFields, T> parse)
        where T : class
    {
        var directory = Path.Combine(folder, relativeFolder);
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var paths = Directory.EnumerateFiles(directory, "*.*")
            .Where(path => path.EndsWith(".yml", StringComparison.Ordinal) || path.EndsWith(".yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();

        // Parsing YAML is most of the bot's start-up before it connects, and the files are independent:
        // they are read on every core, each with its own problem list, then put back in file order.
        var parsed = new T?[paths.Length];
        var found = new List<ContentProblem>[paths.Length];
        Parallel.For(0, paths.Length, i =>
        {
            found[i] = [];
            parsed[i] = ReadOne(folder, Path.GetRelativePath(folder, paths[i]), found[i], parse);
        });
        foreach (var fileProblems in found)
        {
            problems.AddRange(fileProblems);
        }

        return parsed.OfType<T>().ToList();
    }
}
