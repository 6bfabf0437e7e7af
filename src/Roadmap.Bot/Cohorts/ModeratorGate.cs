using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Cohorts;

/// <summary>
/// Who may use <c>/mod</c> and the moderators' buttons, checked on every call: Discord's
/// <c>default_member_permissions</c> only hides the command, and a server's admins can widen it. A
/// caller may when their permissions in the channel include Manage Server or Administrator, or they
/// have the server's moderator role (<c>/mod config moderator-role</c>).
/// </summary>
internal sealed class ModeratorGate(GuildSettingsStore settings)
{
    /// <summary>Discord's ADMINISTRATOR permission bit.</summary>
    public const ulong Administrator = 1UL << 3;

    /// <summary>Discord's MANAGE_GUILD ("Manage Server") permission bit.</summary>
    public const ulong ManageServer = 1UL << 5;

    /// <summary>The value <c>/mod</c> is registered with, so only Manage Server sees it by default.</summary>
    public const string DefaultPermissions = "32";

    /// <summary>Null when the caller may moderate this server; otherwise the answer that says who may.</summary>
    public async ValueTask<string?> RefusalAsync(Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.GuildId is not { } guildId || caller.Member is not { } member)
        {
            return "Moderator commands work in a server, not in direct messages.";
        }

        if (member.HasPermission(Administrator) || member.HasPermission(ManageServer))
        {
            return null;
        }

        var role = (await settings.GetAsync(guildId, cancellationToken)).ModeratorRoleId;
        if (role is { } roleId && member.Roles.Contains(roleId))
        {
            return null;
        }

        return role is { } named
            ? $"Only moderators can do this: members with the Manage Server permission, or the <@&{named}> role."
            : "Only moderators can do this: members with the Manage Server permission. A moderator can let a role do it too, with `/mod config moderator-role`.";
    }
}
