using System.Globalization;
using Roadmap.Discord.Models;
using Roadmap.Testing;

namespace Roadmap.Bot.Tests.Fakes;

/// <summary>
/// <c>/mod</c> and <c>/cohort</c> interactions as Discord sends them in the test server: the group and
/// subcommand nested, channel and role ids as strings, and the caller's permissions in the channel.
/// </summary>
internal static class CohortCalls
{
    /// <summary>Manage Server, as a moderator has it.</summary>
    public const string ManageServer = "32";

    public const string NoPermissions = "0";

    /// <summary>A /mod call by <paramref name="userId"/> with <paramref name="permissions"/>.</summary>
    public static Interaction Mod(string group, string subcommand, InteractionDataOption[] options, ulong userId = InteractionFactory.MemberId, string permissions = ManageServer, IReadOnlyList<ulong>? roles = null) =>
        InServer(InteractionFactory.CommandBy(userId, "member" + userId, "mod", Group(group, subcommand, options)), permissions, roles);

    public static Interaction Mod(string group, string subcommand, params InteractionDataOption[] options) =>
        Mod(group, subcommand, options, InteractionFactory.MemberId);

    /// <summary>A /mod subcommand outside any group (<c>/mod leaderboard</c>) by a moderator.</summary>
    public static Interaction Mod(string subcommand, params InteractionDataOption[] options) =>
        InServer(InteractionFactory.CommandBy(InteractionFactory.MemberId, "moderator", "mod", InteractionFactory.Sub(subcommand, options)), ManageServer, null);

    /// <summary>A /cohort call by <paramref name="userId"/>, who has no special permissions.</summary>
    public static Interaction Cohort(ulong userId, string subcommand, params InteractionDataOption[] options) =>
        InServer(InteractionFactory.CommandBy(userId, "member" + userId, "cohort", InteractionFactory.Sub(subcommand, options)), NoPermissions, null);

    public static Interaction InOtherServer(Interaction interaction, ulong guildId)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return interaction with { GuildId = guildId };
    }

    public static InteractionDataOption Group(string name, string subcommand, params InteractionDataOption[] options) =>
        new() { Name = name, Type = ApplicationCommandOptionType.SubCommandGroup, Options = [InteractionFactory.Sub(subcommand, options)] };

    public static InteractionDataOption Typed(string name, string value, bool focused = false) =>
        InteractionFactory.Option(name, value, focused: focused);

    public static InteractionDataOption Channel(string name, ulong id) =>
        InteractionFactory.Option(name, id.ToString(CultureInfo.InvariantCulture), ApplicationCommandOptionType.Channel);

    public static InteractionDataOption Role(string name, ulong id) =>
        InteractionFactory.Option(name, id.ToString(CultureInfo.InvariantCulture), ApplicationCommandOptionType.Role);

    public static InteractionDataOption CohortId(long id) => Typed("cohort", id.ToString(CultureInfo.InvariantCulture));

    private static Interaction InServer(Interaction interaction, string permissions, IReadOnlyList<ulong>? roles) =>
        interaction with { Member = interaction.Member! with { Permissions = permissions, Roles = roles ?? [] } };
}
