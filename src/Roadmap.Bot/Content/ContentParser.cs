using YamlDotNet.RepresentationModel;

namespace Roadmap.Bot.Content;

/// <summary>Turns the YAML of each kind of content file into records, reporting what is malformed.</summary>
internal static class ContentParser
{
    public static IReadOnlyList<StackDefinition> Stacks(YamlMappingNode root, YamlFields fields)
    {
        fields.ExpectOnly(root, "stacks");
        return fields.Mappings(root, "stacks")
            .Select(node =>
            {
                fields.ExpectOnly(node, "id", "language", "frameworks");
                return new StackDefinition(
                    fields.Text(node, "id"),
                    fields.Text(node, "language"),
                    fields.TextList(node, "frameworks", required: false),
                    fields.Locate(node));
            })
            .ToList();
    }

    public static Track Track(YamlMappingNode root, YamlFields fields)
    {
        fields.ExpectOnly(root, "id", "title", "summary", "stages");
        var stages = fields.Mappings(root, "stages")
            .Select(node =>
            {
                fields.ExpectOnly(node, "id", "title", "milestones");
                return new Stage(
                    fields.Text(node, "id"),
                    fields.Text(node, "title"),
                    fields.TextList(node, "milestones", required: true),
                    fields.Locate(node));
            })
            .ToList();
        return new Track(fields.Text(root, "id"), fields.Text(root, "title"), fields.Text(root, "summary"), stages, fields.Locate(root));
    }

    public static Milestone Milestone(YamlMappingNode root, YamlFields fields)
    {
        fields.ExpectOnly(root, "id", "title", "short_title", "summary", "why", "hours", "prerequisites", "uses", "stack_specific", "checklist", "resources");
        var resources = fields.Mappings(root, "resources").Select(node => Resource(node, fields)).ToList();
        return new Milestone(
            fields.Text(root, "id"),
            fields.Text(root, "title"),
            fields.Text(root, "summary"),
            fields.Text(root, "why"),
            fields.Integer(root, "hours"),
            fields.TextList(root, "prerequisites", required: false),
            fields.TextList(root, "checklist", required: true),
            resources,
            fields.Flag(root, "stack_specific", whenMissing: false),
            fields.Locate(root))
        {
            Uses = fields.TextList(root, "uses", required: false),
            ShortTitle = fields.OptionalText(root, "short_title"),
        };
    }

    public static ProjectIdea Project(YamlMappingNode root, YamlFields fields)
    {
        fields.ExpectOnly(root, "id", "title", "level", "summary", "milestones", "requirements", "stretch", "hours");
        var levelText = fields.Text(root, "level");
        if (!Enum.TryParse<ProjectLevel>(levelText, ignoreCase: true, out var level) || !levelText.All(char.IsLower))
        {
            fields.Report(fields.Locate(root).At("level").Line, $"`level` must be beginner, intermediate or advanced, not `{levelText}`.", "Write `level: beginner`.");
        }

        return new ProjectIdea(
            fields.Text(root, "id"),
            fields.Text(root, "title"),
            level,
            fields.Text(root, "summary"),
            fields.TextList(root, "milestones", required: true),
            fields.TextList(root, "requirements", required: true),
            fields.TextList(root, "stretch", required: false),
            fields.Integer(root, "hours"),
            fields.Locate(root));
    }

    private static Resource Resource(YamlMappingNode node, YamlFields fields)
    {
        fields.ExpectOnly(node, "title", "url", "kind", "free", "stacks");
        var location = fields.Locate(node);
        var urlText = fields.Text(node, "url");
        if (!Uri.TryCreate(urlText, UriKind.Absolute, out var url))
        {
            if (urlText.Length > 0)
            {
                fields.Report(location.At("url").Line, $"`{urlText}` is not a complete web address.", "Write the full address, starting with https://.");
            }

            url = new Uri("https://invalid.example/");
        }

        var kindText = fields.Text(node, "kind");
        if (!Enum.TryParse<ResourceKind>(kindText, ignoreCase: true, out var kind) || !kindText.All(char.IsLower))
        {
            fields.Report(location.At("kind").Line, $"`kind` must be one of {KindNames}, not `{kindText}`.", "Pick the kind that describes the resource best.");
        }

        return new Resource(fields.Text(node, "title"), url, kind, fields.Flag(node, "free", whenMissing: null), fields.TextList(node, "stacks", required: false), location);
    }

    private static string KindNames => string.Join(", ", Enum.GetNames<ResourceKind>().Select(name => name.ToLowerInvariant()));
}
