using Roadmap.Discord.Models;

namespace Roadmap.Discord.Interactions;

/// <summary>Short, readable ways to write slash command definitions, which are Discord's own command JSON.</summary>
public static class CommandBuilder
{
    /// <summary>Guild (0) and bot DM (1) contexts: member commands work in a server and in DMs with the bot.</summary>
    public static readonly IReadOnlyList<int> GuildAndDm = [0, 1];

    public static readonly IReadOnlyList<int> GuildOnly = [0];

    public static ApplicationCommand Slash(string name, string description, params ApplicationCommandOption[] options) => new()
    {
        Name = name,
        Description = description,
        Type = ApplicationCommandType.ChatInput,
        Options = options.Length == 0 ? null : options,
        Contexts = GuildAndDm,
    };

    public static ApplicationCommandOption Subcommand(string name, string description, params ApplicationCommandOption[] options) => new()
    {
        Type = ApplicationCommandOptionType.SubCommand,
        Name = name,
        Description = description,
        Options = options.Length == 0 ? null : options,
    };

    public static ApplicationCommandOption TextOption(string name, string description, bool required = false, bool autocomplete = false, int? maxLength = null) => new()
    {
        Type = ApplicationCommandOptionType.String,
        Name = name,
        Description = description,
        Required = required ? true : null,
        Autocomplete = autocomplete ? true : null,
        MaxLength = maxLength,
    };

    public static ApplicationCommandOption Choice(string name, string description, bool required, params (string Name, string Value)[] choices) => new()
    {
        Type = ApplicationCommandOptionType.String,
        Name = name,
        Description = description,
        Required = required ? true : null,
        Choices = choices.Select(c => ApplicationCommandOptionChoice.FromString(c.Name, c.Value)).ToList(),
    };

    public static ApplicationCommandOption WholeNumber(string name, string description, long min, long max, bool required = false) => new()
    {
        Type = ApplicationCommandOptionType.Integer,
        Name = name,
        Description = description,
        Required = required ? true : null,
        MinValue = min,
        MaxValue = max,
    };

    public static ApplicationCommandOption Flag(string name, string description) => new()
    {
        Type = ApplicationCommandOptionType.Boolean,
        Name = name,
        Description = description,
    };

    public static ApplicationCommandOption Member(string name, string description, bool required = false) => new()
    {
        Type = ApplicationCommandOptionType.User,
        Name = name,
        Description = description,
        Required = required ? true : null,
    };

    public static ApplicationCommandOption SubcommandGroup(string name, string description, params ApplicationCommandOption[] subcommands) => new()
    {
        Type = ApplicationCommandOptionType.SubCommandGroup,
        Name = name,
        Description = description,
        Options = subcommands,
    };

    public static ApplicationCommandOption ChannelOption(string name, string description, bool required = false) => new()
    {
        Type = ApplicationCommandOptionType.Channel,
        Name = name,
        Description = description,
        Required = required ? true : null,
    };

    public static ApplicationCommandOption RoleOption(string name, string description, bool required = false) => new()
    {
        Type = ApplicationCommandOptionType.Role,
        Name = name,
        Description = description,
        Required = required ? true : null,
    };
}
