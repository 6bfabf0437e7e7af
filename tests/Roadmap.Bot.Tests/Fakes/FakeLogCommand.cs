using System.Globalization;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;
using static Roadmap.Discord.Interactions.CommandBuilder;

namespace Roadmap.Bot.Tests.Fakes;

/// <summary>A <c>/log</c> with one option of each type local mode types, answering with the values the shared parser read.</summary>
internal sealed class FakeLogCommand : ISlashCommand
{
    public ApplicationCommand Definition { get; } = Slash("log", "Log study time",
        CommandBuilder.TextOption("topic", "What you studied", required: true, maxLength: 20),
        WholeNumber("hours", "How many hours", 1, 40),
        new ApplicationCommandOption { Type = ApplicationCommandOptionType.Number, Name = "pace", Description = "Pages an hour", MinValue = 0.5, MaxValue = 50 },
        Flag("public", "Show it to everyone"),
        Member("member", "Whose log"));

    public ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = context.Options;
        var member = options.Snowflake("member") is { } id
            ? context.Interaction.Data?.Resolved?.Users?.GetValueOrDefault(id.ToString(CultureInfo.InvariantCulture))?.DisplayName ?? "?"
            : "-";
        return ValueTask.FromResult(Reply.Text(string.Create(CultureInfo.InvariantCulture,
            $"topic={options.Text("topic")} hours={options.WholeNumber("hours")} pace={options.Number("pace")} public={options.Flag("public")} member={member}")));
    }
}
