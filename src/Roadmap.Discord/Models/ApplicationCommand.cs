namespace Roadmap.Discord.Models;

/// <summary>
/// An application command: the definition the bot registers and the object Discord returns.
/// The ids and version are only set on what Discord returns.
/// </summary>
public sealed record ApplicationCommand
{
    public ulong? Id { get; init; }

    public ulong? ApplicationId { get; init; }

    public ulong? GuildId { get; init; }

    public string Name { get; init => field = value ?? ""; } = "";

    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }

    /// <summary>1–100 characters for chat-input commands, empty for user and message commands.</summary>
    public string Description { get; init => field = value ?? ""; } = "";

    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }

    public ApplicationCommandType? Type { get; init; }

    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    /// <summary>
    /// A permission bitset as a decimal string, as the docs specify ("0" means admins only). The
    /// OpenAPI spec types it as an integer; Discord accepts both and the docs win for the bot.
    /// </summary>
    public string? DefaultMemberPermissions { get; init; }

    /// <summary>0 guild, 1 bot DM, 2 private channel.</summary>
    public IReadOnlyList<int>? Contexts { get; init; }

    /// <summary>0 guild install, 1 user install.</summary>
    public IReadOnlyList<int>? IntegrationTypes { get; init; }

    public bool? Nsfw { get; init; }

    public ulong? Version { get; init; }
}
