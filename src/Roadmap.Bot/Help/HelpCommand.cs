using Microsoft.Extensions.DependencyInjection;
using Roadmap.Bot.Cards;
using Roadmap.Discord;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;
using static Roadmap.Discord.Interactions.CommandBuilder;

namespace Roadmap.Bot.Help;

/// <summary>/help, written from the same definitions that are registered with Discord.</summary>
internal sealed class HelpCommand(IServiceProvider services) : ISlashCommand
{
    public ApplicationCommand Definition { get; } = Slash("help", "What this bot can do");

    public ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var definitions = services.GetRequiredService<InteractionRouter>().Definitions;
        var fields = definitions.Select(d => new EmbedField { Name = Usage(d), Value = Describe(d) }).Take(DiscordLimits.EmbedFields).ToList();
        var embed = new Embed
        {
            Title = "Roadmap Coach",
            Description = "I coach you through the backend developer roadmap, one milestone at a time. Start with `/next`.",
            Color = Colors.Help,
            Fields = fields,
        };
        return ValueTask.FromResult(Reply.Card(embed, ephemeral: true));
    }

    /// <summary>`/done milestone: [note:]`: required options bare, optional ones in brackets.</summary>
    public static string Usage(ApplicationCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var options = command.Options ?? [];
        if (options.Any(o => o.Type is ApplicationCommandOptionType.SubCommand or ApplicationCommandOptionType.SubCommandGroup))
        {
            return $"/{command.Name} {string.Join(" | ", options.Select(o => o.Name))}";
        }

        var parts = options.Select(o => o.Required == true ? $"{o.Name}:" : $"[{o.Name}:]");
        return string.Join(' ', parts.Prepend("/" + command.Name));
    }

    private static string Describe(ApplicationCommand command)
    {
        var subcommands = (command.Options ?? []).Where(o => o.Type == ApplicationCommandOptionType.SubCommand).Select(o => $"`{o.Name}`: {o.Description}");
        return string.Join('\n', subcommands.Prepend(command.Description));
    }
}
