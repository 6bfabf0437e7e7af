using System.Text.Json;
using Roadmap.Discord.Models;
using Roadmap.Testing;

namespace Roadmap.Bot.Tests.Fakes;

/// <summary>Interactions for challenges as Discord sends them in a server: <c>/mod challenge …</c>, clicks on the announcement, the submitted form.</summary>
internal static class ChallengeInteractions
{
    public const ulong Moderator = 900;

    /// <summary>Discord's MANAGE_GUILD bit, as the member's permissions string.</summary>
    public const string ManageServer = "32";

    /// <summary><c>/mod challenge &lt;sub&gt;</c> by <paramref name="userId"/> with the given permissions (the moderator with Manage Server by default).</summary>
    public static Interaction Mod(string sub, (string Name, object Value)[] options, ulong userId = Moderator, string permissions = ManageServer, ulong guildId = InteractionFactory.GuildId)
    {
        var group = new InteractionDataOption
        {
            Name = "challenge",
            Type = ApplicationCommandOptionType.SubCommandGroup,
            Options = [InteractionFactory.Sub(sub, options.Select(Option).ToArray())],
        };
        return InServer(InteractionFactory.CommandBy(userId, "mod" + userId, "mod", group), userId, permissions, guildId);
    }

    /// <summary><c>/challenge &lt;sub&gt;</c> by a member.</summary>
    public static Interaction Member(ulong userId, string sub, params (string Name, object Value)[] options) =>
        InteractionFactory.CommandBy(userId, "member" + userId, "challenge", InteractionFactory.Sub(sub, options.Select(Option).ToArray()));

    /// <summary>A click on a button of a message in the server.</summary>
    public static Interaction Click(ulong userId, string customId, ulong guildId = InteractionFactory.GuildId) =>
        InServer(InteractionFactory.ClickBy(userId, "member" + userId, customId), userId, "0", guildId);

    /// <summary>The form with <paramref name="customId"/> submitted with these text inputs filled in, as Discord sends it back.</summary>
    public static Interaction SubmitForm(ulong userId, string customId, params (string Field, string Value)[] fields) => InServer(new Interaction
    {
        Id = 1004,
        ApplicationId = 42,
        Type = InteractionType.ModalSubmit,
        Token = "interaction-token",
        Data = new InteractionData
        {
            CustomId = customId,
            Components = fields.Select(f => (MessageComponent)ActionRow.Of(new TextInput { CustomId = f.Field, Value = f.Value })).ToList(),
        },
    }, userId, "0", InteractionFactory.GuildId);

    private static Interaction InServer(Interaction interaction, ulong userId, string permissions, ulong guildId) => interaction with
    {
        GuildId = guildId,
        User = null,
        Member = new GuildMember { User = new User { Id = userId, Username = "member" + userId }, Permissions = permissions },
    };

    private static InteractionDataOption Option((string Name, object Value) option) => new()
    {
        Name = option.Name,
        Type = option.Value is ulong ? ApplicationCommandOptionType.User : ApplicationCommandOptionType.String,
        Value = JsonSerializer.SerializeToElement(option.Value is ulong id ? id.ToString(System.Globalization.CultureInfo.InvariantCulture) : option.Value, TestJson.Reflection),
    };
}
