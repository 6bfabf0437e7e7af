using Roadmap.Bot.Nudges;
using Roadmap.Bot.Text;
using Roadmap.Discord;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;
using static Roadmap.Discord.Interactions.CommandBuilder;

namespace Roadmap.Bot.Cohorts;

/// <summary>
/// <c>/cohort list</c>, <c>join</c>, <c>leave</c> and <c>status</c>: a member finds this server's
/// cohorts, joins one and sees where they stand. Joining offers the weekly nudge the way the first
/// recorded progress does: once, with a button, and nobody is opted in without pressing it.
/// </summary>
internal sealed class CohortCommand(
    CohortStore cohorts,
    CohortPicker picker,
    CohortRosterStore roster,
    NudgeStore nudges,
    IEnumerable<ICohortStatusSection> sections) : ISlashCommand, IAutocompleteSource
{
    public const string InServersOnly = "Cohorts belong to a server: use `/cohort` in the server whose cohorts you mean, not in direct messages.";

    /// <summary>Discord shows at most ten embeds in one message.</summary>
    private const int EmbedsPerMessage = 10;

    private readonly IReadOnlyList<ICohortStatusSection> _sections = sections.ToList();

    public ApplicationCommand Definition { get; } = Slash("cohort", "Study groups that go through the roadmap together in this server",
        Subcommand("list", "This server's cohorts, their dates and whether you're in"),
        Subcommand("join", "Join a cohort", CohortPicker.Definition("The cohort to join")),
        Subcommand("leave", "Leave a cohort", CohortPicker.Definition("The cohort to leave")),
        Subcommand("status", "A cohort's dates and your place in it", CohortPicker.Definition("The cohort (all of yours if you leave it out)", required: false))) with
    {
        Contexts = GuildOnly,
    };

    public async ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Caller.GuildId is not { } guildId)
        {
            return Reply.Problem(InServersOnly);
        }

        var memberId = context.Caller.UserId;
        var typed = context.Options.Text(CohortPicker.Option);
        Cohort? cohort = null;
        if (typed is not null && (cohort = await picker.FindAsync(guildId, typed, cancellationToken)) is null)
        {
            return Reply.Problem(CohortPicker.Unknown(typed));
        }

        // join and leave declare the cohort required, so the option parser has refused a call without one.
        return context.Options.Subcommand switch
        {
            "join" when cohort is not null => await JoinAsync(cohort, memberId, cancellationToken),
            "leave" when cohort is not null => await LeaveAsync(cohort, memberId, cancellationToken),
            "status" => await StatusAsync(guildId, cohort, memberId, cancellationToken),
            _ => await ListAsync(guildId, memberId, cancellationToken),
        };
    }

    public async ValueTask<IReadOnlyList<ApplicationCommandOptionChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Caller.GuildId is { } guildId && context.Options.Focused == CohortPicker.Option
            ? await picker.ChoicesAsync(guildId, context.Options.FocusedText, includeArchived: false, cancellationToken)
            : [];
    }

    private async Task<Reply> ListAsync(ulong guildId, ulong memberId, CancellationToken cancellationToken)
    {
        var all = await cohorts.ListAsync(guildId, includeArchived: false, cancellationToken);
        if (all.Count == 0)
        {
            return Reply.Text("This server has no cohorts running. A moderator starts one with `/mod cohort create`.", ephemeral: true);
        }

        var mine = (await cohorts.OfMemberAsync(guildId, memberId, cancellationToken)).Select(c => c.Id).ToHashSet();
        var lines = all.Select(c => CohortReplies.Line(c, mine.Contains(c.Id)));
        return Reply.Card(new Embed
        {
            Title = "Cohorts in this server",
            Description = DiscordText.Truncate(string.Join("\n\n", lines), DiscordLimits.EmbedDescription),
            Color = Cards.Colors.Cohort,
            Footer = new EmbedFooter { Text = "/cohort join cohort: · /cohort status" },
        }, ephemeral: true);
    }

    private async Task<Reply> JoinAsync(Cohort cohort, ulong memberId, CancellationToken cancellationToken)
    {
        if (cohort.IsArchived)
        {
            return Reply.Problem(CohortPicker.Archived(cohort));
        }

        if (!await cohorts.JoinAsync(cohort, memberId, cancellationToken))
        {
            return Reply.Problem($"You're already in **{DiscordText.Escape(cohort.Name)}**. `/cohort status` shows where you stand.");
        }

        var reply = Reply.Text($"🎉 You joined **{DiscordText.Escape(cohort.Name)}**. {CohortReplies.Dates(cohort)}\n`/cohort status` shows where you stand.", ephemeral: true);
        // An offer that does not fit is not spent, as with progress: it comes with a later answer.
        return NudgeOptIn.Fits(reply) && await nudges.OfferAsync(memberId, cancellationToken)
            ? NudgeOptIn.AddTo(reply, memberId)
            : reply;
    }

    private async Task<Reply> LeaveAsync(Cohort cohort, ulong memberId, CancellationToken cancellationToken) =>
        await cohorts.LeaveAsync(cohort, memberId, cancellationToken)
            ? Reply.Text($"👋 You left **{DiscordText.Escape(cohort.Name)}**. Your progress stays yours; `/cohort join` brings you back.", ephemeral: true)
            : Reply.Problem($"You're not in **{DiscordText.Escape(cohort.Name)}**, so there is nothing to leave. `/cohort list` shows the cohorts you're in.");

    private async Task<Reply> StatusAsync(ulong guildId, Cohort? picked, ulong memberId, CancellationToken cancellationToken)
    {
        if (picked is { IsArchived: true })
        {
            return Reply.Problem(CohortPicker.Archived(picked));
        }

        var shown = picked is null ? await cohorts.OfMemberAsync(guildId, memberId, cancellationToken) : [picked];
        if (shown.Count == 0)
        {
            return Reply.Problem("You're not in a cohort in this server. `/cohort list` shows the ones running, and `/cohort join` gets you in.");
        }

        var cards = new List<Embed>();
        foreach (var cohort in shown.Take(EmbedsPerMessage))
        {
            var standing = await roster.StandingAsync(cohort, memberId, cancellationToken);
            var lines = new List<string>();
            foreach (var section in _sections)
            {
                if (await section.DescribeAsync(cohort, memberId, cancellationToken) is { Length: > 0 } text)
                {
                    lines.Add(text);
                }
            }

            cards.Add(CohortStatusCard.Create(cohort, standing, roster.Total, lines));
        }

        return new Reply { Embeds = cards, Ephemeral = true };
    }
}
