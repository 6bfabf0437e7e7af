namespace Roadmap.Discord.Models;

/// <summary>A unicode emoji (name only) or a custom one (id and name).</summary>
public sealed record ComponentEmoji
{
    public ulong? Id { get; init; }

    public string? Name { get; init; }

    public bool? Animated { get; init; }
}
