using Roadmap.Bot.Text;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;
using static Roadmap.Discord.Interactions.CommandBuilder;

namespace Roadmap.Bot.Cohorts;

/// <summary>
/// <c>/mod cohort create</c>, <c>archive</c>, <c>members</c> and <c>export</c>. <see cref="ModCommand"/> has let only
/// moderators of this server through, so every call here has a server.
/// </summary>
internal sealed class ModCohortCommands(CohortCreation creation, CohortStore cohorts, CohortPicker picker, CohortRosterStore roster, CohortExportStore export) : IModeratorCommands
{
    private const string NameOption = "name";
    private const string StartsOption = "starts";
    private const string EndsOption = "ends";
    private const string ChannelOption = "channel";
    private const string RoleOption = "role";
    private const string DescriptionOption = "description";

    public ApplicationCommandOption Definition { get; } = SubcommandGroup("cohort", "Run cohorts: groups that go through the roadmap together",
        Subcommand("create", "Start a cohort: a name, a start date and where it lives",
            TextOption(NameOption, "Its name, such as Spring 2027", required: true, maxLength: CohortLimits.Name),
            TextOption(StartsOption, "The day it starts on your clock: 2027-03-01 or 2027-03-01 18:00", required: true, maxLength: 30),
            TextOption(EndsOption, "The day it ends on your clock (optional): 2027-06-30 or 2027-06-30 18:00", maxLength: 30),
            CommandBuilder.ChannelOption(ChannelOption, "Where its challenges, digests and results are posted") with { ChannelTypes = PostableChannels.Types },
            CommandBuilder.RoleOption(RoleOption, "A role its members have, for your own use"),
            TextOption(DescriptionOption, "A sentence about it, shown in /cohort list", maxLength: CohortLimits.Description)),
        Subcommand("archive", "End a cohort: it leaves /cohort list and nobody can join it",
            CohortPicker.Definition("The cohort to archive")),
        Subcommand("members", "Who is in a cohort, how far each has come, and their time zones",
            CohortPicker.Definition("The cohort")),
        Subcommand("export", "A spreadsheet (CSV) of a cohort's members and what they submitted",
            CohortPicker.Definition("The cohort")));

    public async ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var guildId = context.Caller.GuildId ?? throw new InvalidOperationException("The moderator gate lets only server calls through.");
        var options = context.Options;
        if (options.Subcommand == "cohort create")
        {
            return await creation.CreateAsync(new CohortRequest(
                guildId,
                context.Caller.UserId,
                options.Text(NameOption) ?? "",
                options.Text(StartsOption) ?? "",
                options.Text(EndsOption),
                options.Snowflake(ChannelOption),
                options.Snowflake(RoleOption),
                options.Text(DescriptionOption)), cancellationToken);
        }

        var typed = options.Text(CohortPicker.Option) ?? "";
        if (await picker.FindAsync(guildId, typed, cancellationToken) is not { } cohort)
        {
            return Reply.Problem(CohortPicker.Unknown(typed));
        }

        return options.Subcommand switch
        {
            "cohort archive" => await ArchiveAsync(cohort, cancellationToken),
            "cohort export" => await ExportAsync(cohort, cancellationToken),
            _ => Reply.Card(CohortRosterCard.Create(cohort, await roster.MembersAsync(cohort, cancellationToken), roster.Total), ephemeral: true),
        };
    }

    public async ValueTask<IReadOnlyList<ApplicationCommandOptionChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Options.Focused != CohortPicker.Option || context.Caller.GuildId is not { } guildId)
        {
            return [];
        }

        // A roster and its export stay readable after the cohort ends; only a cohort still running can be archived.
        return await picker.ChoicesAsync(guildId, context.Options.FocusedText, includeArchived: context.Options.Subcommand != "cohort archive", cancellationToken);
    }

    private async Task<Reply> ExportAsync(Cohort cohort, CancellationToken cancellationToken)
    {
        var rows = await export.RowsAsync(cohort, cancellationToken);
        var members = rows.Select(r => r.MemberId).Distinct().Count();
        var submissions = rows.Count(r => r.Link is not null);
        var text = $"📄 **{DiscordText.Escape(cohort.Name)}** as a spreadsheet: {Count(members, "member")} and {Count(submissions, "submission")}, one line per member per submission. "
            + "Members who keep their progress private are in it without their progress and time zone. Links submitted by more than one member are named in the last column.";
        return Reply.Text(text, ephemeral: true) with
        {
            File = new ReplyFile(CohortCsv.FileName(cohort), CohortCsv.Create(cohort, rows, roster.Total), $"{cohort.Name}: members and submissions"),
        };
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private async Task<Reply> ArchiveAsync(Cohort cohort, CancellationToken cancellationToken)
    {
        if (cohort.IsArchived || !await cohorts.ArchiveAsync(cohort.GuildId, cohort.Id, cancellationToken))
        {
            return Reply.Problem($"**{DiscordText.Escape(cohort.Name)}** is archived already; nothing changed.");
        }

        return Reply.Text($"🗄️ Archived **{DiscordText.Escape(cohort.Name)}**. It has left `/cohort list`, nobody can join it, and its name is free for a new cohort. `/mod cohort members` still shows its roster.", ephemeral: true);
    }
}
