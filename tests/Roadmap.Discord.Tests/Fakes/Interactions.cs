using System.Text.Json;
using Roadmap.Discord.Models;

namespace Roadmap.Discord.Tests.Fakes;

/// <summary>Builds interaction payloads as Discord would send them.</summary>
public static class Interactions
{
    public static Interaction Command(string name, params InteractionDataOption[] options) => new()
    {
        Id = 1001,
        ApplicationId = 42,
        Type = InteractionType.ApplicationCommand,
        Token = "interaction-token",
        GuildId = 7,
        Member = new GuildMember { User = new User { Id = 555, Username = "ada" }, Permissions = "0" },
        Data = new InteractionData { Name = name, Options = options },
    };

    public static Interaction Autocomplete(string name, params InteractionDataOption[] options) =>
        Command(name, options) with { Type = InteractionType.ApplicationCommandAutocomplete };

    public static Interaction Click(string customId, params string[] values) => new()
    {
        Id = 1002,
        ApplicationId = 42,
        Type = InteractionType.MessageComponent,
        Token = "interaction-token",
        User = new User { Id = 556, Username = "grace" },
        Data = new InteractionData { CustomId = customId, ComponentType = values.Length > 0 ? ComponentType.StringSelect : ComponentType.Button, Values = values },
    };

    public static InteractionDataOption Option(string name, object value, ApplicationCommandOptionType type = ApplicationCommandOptionType.String, bool focused = false) =>
        new() { Name = name, Type = type, Value = JsonSerializer.SerializeToElement(value), Focused = focused ? true : null };

    public static InteractionDataOption Sub(string name, params InteractionDataOption[] options) =>
        new() { Name = name, Type = ApplicationCommandOptionType.SubCommand, Options = options };
}
