using Roadmap.Bot.Members;
using Roadmap.Bot.Text;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;
using static Roadmap.Discord.Interactions.CommandBuilder;

namespace Roadmap.Bot.Progress;

/// <summary>/progress [member:]: your progress, or another member's when their visibility allows it.</summary>
internal sealed class ProgressCommand(LearnerReader learners, GuildMemberStore guilds, ProgressOverview overview) : ISlashCommand
{
    private const string MemberOption = "member";

    public ApplicationCommand Definition { get; } = Slash("progress", "Your progress per stage, streak and recent wins, or another member's",
        Member(MemberOption, "Someone else whose progress you want to see (if they share it)"));

    public async ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var caller = context.Caller;
        var targetId = context.Options.Snowflake(MemberOption) ?? caller.UserId;
        var name = targetId == caller.UserId ? caller.DisplayName : NameOf(context.Interaction, targetId);
        var (learner, rows) = await learners.ReadWithRowsAsync(targetId, cancellationToken);
        if (targetId != caller.UserId)
        {
            if (learner.Member is null)
            {
                return Reply.Problem($"{DiscordText.Escape(name)} hasn't used the roadmap yet, so there is nothing to show.");
            }

            if (!await MayViewAsync(learner.Member, caller, cancellationToken))
            {
                return Reply.Problem($"{DiscordText.Escape(name)} keeps their progress {(learner.Member.Visibility == Visibility.Private ? "private" : "to the servers they use the bot in")}. You can see your own with `/progress`.");
            }
        }

        var reply = await overview.BuildAsync(targetId, DiscordText.Escape(name), learner, rows, cancellationToken);
        return reply with { Ephemeral = targetId == caller.UserId };
    }

    private async Task<bool> MayViewAsync(Member target, Caller caller, CancellationToken cancellationToken)
    {
        switch (target.Visibility)
        {
            case Visibility.Public:
                return true;
            case Visibility.Server when caller.GuildId is { } guildId:
                var seen = await guilds.GuildsOfAsync(target.Id, cancellationToken);
                return seen.Any(g => g.GuildId == guildId);
            default:
                return false;
        }
    }

    private static string NameOf(Interaction interaction, ulong userId)
    {
        var key = userId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var resolved = interaction.Data?.Resolved;
        return resolved?.Members?.GetValueOrDefault(key)?.Nick
            ?? resolved?.Users?.GetValueOrDefault(key)?.DisplayName
            ?? "That member";
    }
}
