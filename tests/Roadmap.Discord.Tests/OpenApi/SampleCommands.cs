using Roadmap.Discord.Models;

namespace Roadmap.Discord.Tests.OpenApi;

/// <summary>Commands shaped like the bot's own: autocomplete, entity options, subcommands, choices, ranges, permissions.</summary>
internal static class SampleCommands
{
    public const string ManageServer = "32";

    public static IReadOnlyList<ApplicationCommand> All { get; } =
    [
        new()
        {
            Name = "step",
            Description = "Read a milestone of the roadmap",
            Type = ApplicationCommandType.ChatInput,
            Contexts = [0],
            IntegrationTypes = [0],
            Options = [new() { Type = ApplicationCommandOptionType.String, Name = "milestone", Description = "Which milestone", Required = true, Autocomplete = true, MaxLength = 100 }],
        },
        new()
        {
            Name = "progress",
            Description = "See where you stand",
            Options = [new() { Type = ApplicationCommandOptionType.User, Name = "member", Description = "Someone else's progress" }],
        },
        new()
        {
            Name = "nudges",
            Description = "Your weekly nudge",
            Options =
            [
                new()
                {
                    Type = ApplicationCommandOptionType.SubCommand, Name = "on", Description = "Turn the nudge on",
                    Options =
                    [
                        new()
                        {
                            Type = ApplicationCommandOptionType.String, Name = "day", Description = "Day of the week",
                            Choices = [ApplicationCommandOptionChoice.FromString("Monday", "mon"), ApplicationCommandOptionChoice.FromString("Friday", "fri")],
                        },
                    ],
                },
                new()
                {
                    Type = ApplicationCommandOptionType.SubCommand, Name = "snooze", Description = "Pause the nudge",
                    Options = [new() { Type = ApplicationCommandOptionType.Integer, Name = "weeks", Description = "How many weeks", MinValue = 1, MaxValue = 8 }],
                },
            ],
        },
        new()
        {
            Name = "mod",
            Description = "Moderator tools",
            DefaultMemberPermissions = ManageServer,
            Contexts = [0],
            Options =
            [
                new()
                {
                    Type = ApplicationCommandOptionType.SubCommand, Name = "config", Description = "Server settings",
                    Options =
                    [
                        new() { Type = ApplicationCommandOptionType.Channel, Name = "nudge-channel", Description = "Where nudges go", ChannelTypes = [0] },
                        new() { Type = ApplicationCommandOptionType.Role, Name = "moderator-role", Description = "Who moderates" },
                    ],
                },
            ],
        },
    ];
}
