using NodaTime;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;
using static Roadmap.Discord.Interactions.CommandBuilder;

namespace Roadmap.Bot.Nudges;

/// <summary>/nudges on, off, pause, skip and status: a member sets up their weekly nudge.</summary>
internal sealed class NudgesCommand(NudgeService nudges, TimeProvider time) : ISlashCommand
{
    private const string DayOption = "day";

    private const string TimeOption = "time";

    private const string UntilOption = "until";

    public ApplicationCommand Definition { get; } = Slash("nudges", "A weekly nudge by direct message, at a day and time on your clock",
        Subcommand("on", "Turn the weekly nudge on, or change its day and time",
            Choice(DayOption, "The day of the week (Monday if you never picked one)", false, NudgeInput.Days.Select(d => (d.ToString(), d.ToString().ToLowerInvariant())).ToArray()),
            TextOption(TimeOption, "The time on your clock, HH:MM in 24-hour form, such as 18:30 (09:00 if never picked)", maxLength: 5)),
        Subcommand("off", "Turn the weekly nudge off"),
        Subcommand("pause", "Pause the nudges until a date; they resume by themselves",
            TextOption(UntilOption, "The date they resume on, YYYY-MM-DD, such as 2026-12-24", required: true, maxLength: 10)),
        Subcommand("skip", "Skip the next nudge only"),
        Subcommand("status", "Whether nudges are on, when the next one comes, and how the last one went"));

    public async ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var memberId = context.Caller.UserId;
        var options = context.Options;
        switch (options.Subcommand)
        {
            case "on":
                LocalTime? at = null;
                if (options.Text(TimeOption) is { } typedTime && (at = NudgeInput.Time(typedTime)) is null)
                {
                    return Reply.Problem($"`{NudgeReplies.Quote(typedTime)}` is not a time I can read. Write it as HH:MM on a 24-hour clock, such as `09:00` or `18:30`.");
                }

                return NudgeReplies.On(await nudges.TurnOnAsync(memberId, NudgeInput.Day(options.Text(DayOption)), at, cancellationToken));
            case "off":
                return NudgeReplies.Off(await nudges.TurnOffAsync(memberId, cancellationToken));
            case "pause":
                var typedDate = options.Text(UntilOption) ?? "";
                if (NudgeInput.Date(typedDate) is not { } until)
                {
                    var example = LocalDate.FromDateTime(time.GetUtcNow().UtcDateTime).PlusWeeks(2);
                    return Reply.Problem($"`{NudgeReplies.Quote(typedDate)}` is not a date I can read. Write it as YYYY-MM-DD, such as `{NodaTime.Text.LocalDatePattern.Iso.Format(example)}`.");
                }

                return NudgeReplies.Pause(await nudges.PauseAsync(memberId, until, cancellationToken), typedDate);
            case "skip":
                return NudgeReplies.Skip(await nudges.SkipAsync(memberId, cancellationToken));
            default:
                var status = await nudges.StatusAsync(memberId, cancellationToken);
                return Reply.Card(NudgeStatusCard.Create(status, time.GetUtcNow()), ephemeral: true);
        }
    }
}
