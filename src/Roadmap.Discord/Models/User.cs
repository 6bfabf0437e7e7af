namespace Roadmap.Discord.Models;

/// <summary>A Discord user as it appears in interactions, messages and channels.</summary>
public sealed record User
{
    public ulong Id { get; init; }

    public string Username { get; init => field = value ?? ""; } = "";

    public string? Discriminator { get; init; }

    public string? GlobalName { get; init; }

    public string? Avatar { get; init; }

    public bool? Bot { get; init; }

    public int? PublicFlags { get; init; }

    /// <summary>The name Discord shows: the global display name when set, else the username.</summary>
    public string DisplayName => GlobalName ?? Username;
}
