using System.Globalization;
using Roadmap.Bot.Content;
using Roadmap.Bot.Members;
using Roadmap.Bot.Nudges;
using Roadmap.Bot.Text;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;
using static Roadmap.Discord.Interactions.CommandBuilder;

namespace Roadmap.Bot.Profile;

/// <summary>/profile: shows your settings, or changes the ones you pass.</summary>
internal sealed class ProfileCommand(RoadmapContent content, MemberStore members, TimeZoneChoices zones, NudgeRescheduler nudges) : ISlashCommand, IAutocompleteSource
{
    private const string StackOption = "stack";

    private const string TimeZoneOption = "timezone";

    private const string WeeklyHoursOption = "weekly_hours";

    private const string VisibilityOption = "visibility";

    public const int MaxWeeklyHours = 80;

    private static readonly string[] SettingNames = [StackOption, TimeZoneOption, WeeklyHoursOption, VisibilityOption];

    public ApplicationCommand Definition { get; } = Slash("profile", "Show or change your stack, time zone, weekly hours and who sees your progress",
        Choice(StackOption, "The language you learn with", false, content.Stacks.Select(s => (s.Language, s.Id)).ToArray()),
        TextOption(TimeZoneOption, "Your time zone, such as Europe/Berlin: start typing a city", autocomplete: true, maxLength: 64),
        WholeNumber(WeeklyHoursOption, "Hours a week you can spend learning", 1, MaxWeeklyHours),
        Choice(VisibilityOption, "Who may see your /progress", false, ("Only me", "private"), ("People in servers where I use the bot", "server"), ("Anyone", "public")));

    public async ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = context.Options;
        string? zone = null;
        if (options.Text(TimeZoneOption) is { } typed && (zone = TimeZoneChoices.Find(typed)) is null)
        {
            var closest = zones.Closest(typed);
            var hint = closest is null ? "" : $" Did you mean `{closest}`?";
            return Reply.Problem($"`{DiscordText.Escape(DiscordText.Truncate(typed, 64))}` is not a time zone I know.{hint} Start typing a city in the `timezone` option and pick from the list.");
        }

        var changes = SettingNames.Any(options.Has);
        string? previousZone = null;
        var member = changes
            ? await members.UpdateSettingsAsync(context.Caller.UserId, m =>
            {
                previousZone = m.TimeZone;
                return m with
                {
                    Stack = options.Text(StackOption) ?? m.Stack,
                    TimeZone = zone ?? m.TimeZone,
                    WeeklyHours = options.WholeNumber(WeeklyHoursOption) is { } hours ? (int)hours : m.WeeklyHours,
                    Visibility = options.Text(VisibilityOption) is { } v ? Enum.Parse<Visibility>(v, ignoreCase: true) : m.Visibility,
                };
            }, cancellationToken)
            : await members.FindAsync(context.Caller.UserId, cancellationToken);

        // The weekly nudge keeps its local day and time in the new zone.
        var nudge = zone is not null && !string.Equals(zone, previousZone, StringComparison.Ordinal)
            ? await nudges.TimeZoneChangedAsync(context.Caller.UserId, previousZone, cancellationToken)
            : null;
        return Reply.Card(Card(member, changes, nudge), ephemeral: true);
    }

    public ValueTask<IReadOnlyList<ApplicationCommandOptionChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(zones.Suggest(context.Options.FocusedText));
    }

    private Embed Card(Member? member, bool changed, NudgeOutcome? nudge)
    {
        var stack = member?.Stack is { } id ? content.FindStack(id)?.Language ?? id : "not set: resources stay general";
        var hours = member?.WeeklyHours is { } h ? string.Create(CultureInfo.InvariantCulture, $"{h} h a week") : "not set: no finish estimate";
        var visibility = (member?.Visibility ?? Visibility.Server) switch
        {
            Visibility.Private => "only you",
            Visibility.Public => "anyone",
            _ => "people in servers where you use the bot",
        };
        return new Embed
        {
            Title = changed ? "Saved. Your settings" : "Your settings",
            Description = $"**Stack:** {stack}\n**Time zone:** {member?.TimeZone ?? "UTC (not set)"}\n**Weekly hours:** {hours}\n**Progress visible to:** {visibility}{NudgeMoved(nudge)}",
            Color = Cards.Colors.Help,
            Footer = new EmbedFooter { Text = "Change any of them with /profile stack: timezone: weekly_hours: visibility:" },
        };
    }

    private static string NudgeMoved(NudgeOutcome? nudge) =>
        nudge is { Kind: NudgeOutcomeKind.Moved, Schedule: { } schedule }
            ? $"\n**Weekly nudge:** still {schedule.Describe()}, now in {schedule.Zone.Id}. {NudgeReplies.Next(schedule, nudge.Settings)}"
            : "";
}
