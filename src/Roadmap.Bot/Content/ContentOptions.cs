namespace Roadmap.Bot.Content;

/// <summary>The "Content" section: where the roadmap YAML lives.</summary>
internal sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>The content folder; empty means content/ in the working directory, else beside the app.</summary>
    public string? Folder { get; set; }
}
