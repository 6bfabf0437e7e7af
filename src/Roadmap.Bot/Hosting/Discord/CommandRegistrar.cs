using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Roadmap.Bot.Persistence;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Json;
using Roadmap.Discord.Rest;

namespace Roadmap.Bot.Hosting.Discord;

/// <summary>
/// Registers the command definitions with one bulk overwrite: to the development server when one is
/// set (instant), otherwise globally. A hash of what was last registered is kept in the database,
/// so a restart with unchanged definitions makes no call at all.
/// </summary>
internal sealed partial class CommandRegistrar(
    InteractionRouter router,
    IDiscordRestClient rest,
    BotStateStore state,
    IOptions<DiscordBotOptions> options,
    ILogger<CommandRegistrar> logger)
{
    public const string HashKey = "commands.registered-hash";

    /// <returns>True when the definitions were sent; false when they were already registered.</returns>
    public async Task<bool> EnsureRegisteredAsync(ulong applicationId, CancellationToken cancellationToken)
    {
        var guildId = options.Value.DevGuildId;
        var definitions = router.Definitions;
        var scope = guildId is { } id ? string.Create(CultureInfo.InvariantCulture, $"guild:{id}") : "global";
        var hash = Hash(applicationId, scope, definitions);
        if (await state.GetAsync(HashKey, cancellationToken) == hash)
        {
            LogUnchanged(logger, definitions.Count, scope);
            return false;
        }

        if (guildId is { } guild)
        {
            await rest.BulkOverwriteGuildCommandsAsync(applicationId, guild, definitions, cancellationToken);
        }
        else
        {
            await rest.BulkOverwriteGlobalCommandsAsync(applicationId, definitions, cancellationToken);
        }

        await state.SetAsync(HashKey, hash, cancellationToken);
        LogRegistered(logger, definitions.Count, scope);
        return true;
    }

    private static string Hash(ulong applicationId, string scope, IReadOnlyList<Roadmap.Discord.Models.ApplicationCommand> definitions)
    {
        // The metadata that writes the request body, so the hash changes exactly when Discord's JSON would.
        var json = JsonSerializer.Serialize(definitions, DiscordJson.TypeInfo<IReadOnlyList<Roadmap.Discord.Models.ApplicationCommand>>());
        var text = string.Create(CultureInfo.InvariantCulture, $"{applicationId}|{scope}|{json}");
        return Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Registered {Count} commands ({Scope})")]
    private static partial void LogRegistered(ILogger logger, int count, string scope);

    [LoggerMessage(Level = LogLevel.Information, Message = "The {Count} commands ({Scope}) are already registered; skipping the call")]
    private static partial void LogUnchanged(ILogger logger, int count, string scope);
}
