using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;
using static Roadmap.Discord.Interactions.CommandBuilder;

namespace Roadmap.Bot.Cohorts;

/// <summary>
/// <c>/mod config show</c>, <c>nudge-channel</c> and <c>moderator-role</c>: the server's settings (and
/// the scheduled posts that failed lately). A
/// nudge channel is proven by posting in it, as a cohort's channel is, so a channel the bot cannot
/// post in is refused now rather than found out when a nudge should go there.
/// </summary>
internal sealed class ModConfigCommands(GuildSettingsStore settings, FailedPostStore failedPosts, IChannelPoster? poster = null) : IModeratorCommands
{
    private const string ChannelOption = "channel";
    private const string RoleOption = "role";

    public ApplicationCommandOption Definition { get; } = SubcommandGroup("config", "The server's settings for the bot",
        Subcommand("show", "The server's settings"),
        Subcommand("nudge-channel", "Where nudges go for members whose direct messages are closed",
            CommandBuilder.ChannelOption(ChannelOption, "The channel", required: true) with { ChannelTypes = PostableChannels.Types }),
        Subcommand("moderator-role", "A role whose members may use /mod, besides those with Manage Server",
            CommandBuilder.RoleOption(RoleOption, "The role", required: true)));

    public async ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var guildId = context.Caller.GuildId ?? throw new InvalidOperationException("The moderator gate lets only server calls through.");
        switch (context.Options.Subcommand)
        {
            case "config nudge-channel" when context.Options.Snowflake(ChannelOption) is { } channelId:
                if (poster is not null)
                {
                    var notice = Reply.Text("🔔 This is now the nudge channel: weekly nudges and challenge reminders for members whose direct messages are closed to me come here, each mentioning only that member.");
                    var post = await poster.PostAsync(channelId, notice, nonce: null, cancellationToken);
                    if (!post.IsPosted)
                    {
                        return Reply.Problem(post.Problem(channelId) + " The nudge channel was not changed.");
                    }
                }

                await settings.SetNudgeChannelAsync(guildId, channelId, cancellationToken);
                return Reply.Text($"✅ The nudge channel is now <#{channelId}>.", ephemeral: true);
            case "config moderator-role" when context.Options.Snowflake(RoleOption) is { } roleId:
                await settings.SetModeratorRoleAsync(guildId, roleId, cancellationToken);
                return Reply.Text($"✅ Members with the <@&{roleId}> role may now use `/mod`, besides those with Manage Server.", ephemeral: true);
            default:
                return Reply.Card(GuildSettingsCard.Create(await settings.GetAsync(guildId, cancellationToken), await failedPosts.LatestAsync(guildId, cancellationToken)), ephemeral: true);
        }
    }

    public ValueTask<IReadOnlyList<ApplicationCommandOptionChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<ApplicationCommandOptionChoice>>([]);
}
