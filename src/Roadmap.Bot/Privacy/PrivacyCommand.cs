using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;
using static Roadmap.Discord.Interactions.CommandBuilder;

namespace Roadmap.Bot.Privacy;

/// <summary>/privacy export sends a member all their data as JSON; /privacy forget erases it after a confirmation click.</summary>
internal sealed class PrivacyCommand(PrivacyStore privacy) : ISlashCommand, IComponentHandler
{
    public ApplicationCommand Definition { get; } = Slash("privacy", "Your data: get a copy of it, or erase it",
        Subcommand("export", "Get everything the bot stores about you as a JSON file"),
        Subcommand("forget", "Erase everything the bot stores about you (asks first)"));

    public string ComponentName => "privacy";

    public async ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var memberId = context.Caller.UserId;
        if (context.Options.Subcommand == "forget")
        {
            return Reply.Text("This erases your settings, your progress on every milestone, its history, your weekly nudges and their history, and the servers you used the bot in. It cannot be undone. Are you sure?", ephemeral: true) with
            {
                Components =
                [
                    new ActionRow
                    {
                        Components =
                        [
                            new Button { Style = ButtonStyle.Danger, Label = "Yes, erase everything", CustomId = CustomId.Create(ComponentName, "forget", memberId.ToString(System.Globalization.CultureInfo.InvariantCulture)) },
                            new Button { Style = ButtonStyle.Secondary, Label = "Keep my data", CustomId = CustomId.Create(ComponentName, "keep") },
                        ],
                    },
                ],
            };
        }

        var export = await privacy.ExportAsync(memberId, cancellationToken);
        // The export's own format: enums as words and every field present, empty ones as null.
        var bytes = System.Text.Encoding.UTF8.GetBytes(export.ToJson());
        return Reply.Text("Here is everything I store about you, as JSON.", ephemeral: true) with
        {
            File = new ReplyFile($"roadmap-coach-{memberId}.json", bytes, "Your Roadmap Coach data"),
        };
    }

    public async ValueTask<Reply> HandleComponentAsync(ComponentContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Id.Action != "forget")
        {
            return Reply.Text("Nothing was erased.", ephemeral: true) with { UpdatesMessage = true };
        }

        // The id names whose data the button erases, so a button shown to one member cannot erase another's.
        if (context.Id.Argument(0) != context.Caller.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            return Reply.Problem("This button belongs to someone else. Use `/privacy forget` to erase your own data.");
        }

        var erased = await privacy.ForgetAsync(context.Caller.UserId, cancellationToken);
        return Reply.Text(erased == 0 ? "There was nothing stored about you." : "Done. Everything I stored about you is erased.", ephemeral: true) with { UpdatesMessage = true };
    }
}
