using System.Text.Json;
using Roadmap.Discord.Models;

namespace Roadmap.Testing;

/// <summary>Builds interaction payloads as Discord would send them.</summary>
public static class InteractionFactory
{
    public const ulong GuildId = 7;
    public const ulong MemberId = 555;
    public const ulong OtherMemberId = 556;

    public static Interaction Command(string name, params InteractionDataOption[] options) =>
        CommandBy(MemberId, "ada", name, options);

    /// <summary>A command used in the test server by the given member.</summary>
    public static Interaction CommandBy(ulong userId, string username, string name, params InteractionDataOption[] options) => new()
    {
        Id = 1001,
        ApplicationId = 42,
        Type = InteractionType.ApplicationCommand,
        Token = "interaction-token",
        GuildId = GuildId,
        Member = new GuildMember { User = new User { Id = userId, Username = username }, Permissions = "0" },
        Data = new InteractionData { Name = name, Options = options },
    };

    /// <summary>A command sent in a direct message with the bot: `user` instead of `member`, no guild.</summary>
    public static Interaction DirectCommand(ulong userId, string name, params InteractionDataOption[] options) => new()
    {
        Id = 1003,
        ApplicationId = 42,
        Type = InteractionType.ApplicationCommand,
        Token = "interaction-token",
        User = new User { Id = userId, Username = "dm-user" },
        Data = new InteractionData { Name = name, Options = options },
    };

    public static Interaction Autocomplete(string name, params InteractionDataOption[] options) =>
        Command(name, options) with { Type = InteractionType.ApplicationCommandAutocomplete };

    public static Interaction Click(string customId, params string[] values) => ClickBy(OtherMemberId, "grace", customId, values);

    public static Interaction ClickBy(ulong userId, string username, string customId, params string[] values) => new()
    {
        Id = 1002,
        ApplicationId = 42,
        Type = InteractionType.MessageComponent,
        Token = "interaction-token",
        User = new User { Id = userId, Username = username },
        Data = new InteractionData { CustomId = customId, ComponentType = values.Length > 0 ? ComponentType.StringSelect : ComponentType.Button, Values = values },
    };

    public static InteractionDataOption Option(string name, object value, ApplicationCommandOptionType type = ApplicationCommandOptionType.String, bool focused = false) =>
        new() { Name = name, Type = type, Value = JsonSerializer.SerializeToElement(value, TestJson.Reflection), Focused = focused ? true : null };

    public static InteractionDataOption Sub(string name, params InteractionDataOption[] options) =>
        new() { Name = name, Type = ApplicationCommandOptionType.SubCommand, Options = options };
}
