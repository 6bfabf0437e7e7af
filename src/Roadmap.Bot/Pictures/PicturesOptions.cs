namespace Roadmap.Bot.Pictures;

/// <summary>The "Pictures" section: the images attached to /roadmap and /progress.</summary>
internal sealed class PicturesOptions
{
    public const string Section = "Pictures";

    public const int MaxCacheSize = 10_000;

    /// <summary>Attach pictures to the replies that have one; off, the replies go out as text alone (they are complete without).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How many drawn pictures are kept for asking again; 0 keeps none.</summary>
    public int CacheSize { get; set; } = 64;
}
