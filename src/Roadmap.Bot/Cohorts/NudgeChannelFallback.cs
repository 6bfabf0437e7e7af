using System.Globalization;
using Roadmap.Bot.Nudges;
using Roadmap.Bot.Persistence;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Cohorts;

/// <summary>
/// The one way a message meant for a member's DMs reaches them when their DMs are closed (Discord
/// error 50007): a server's nudge channel (<c>/mod config nudge-channel</c>), in one message that
/// starts with the member's mention, may ping only that member (no one else, no roles, no
/// @everyone), says why it is there, and carries a nonce with enforce_nonce so a resend makes no
/// second message. A challenge's reminder uses it with the challenge's server; the weekly nudge
/// (<see cref="INudgeChannel"/>) with the server the member used most recently of those that have a
/// nudge channel, and records a refused post as a failed scheduled post of that server.
/// </summary>
internal sealed class NudgeChannelFallback(
    GuildSettingsStore settings,
    FailedPostStore failed,
    NudgeComposer composer,
    TimeProvider time,
    IChannelPoster? poster = null) : INudgeChannel
{
    /// <summary>The last line of every such message.</summary>
    public const string Why = "(You see this here because your direct messages are closed to me.)";

    /// <summary>What the weekly nudge says above its card in the channel when it asks nothing else.</summary>
    public const string NudgeLine = "your weekly nudge is here.";

    /// <summary>The nudge channel of <paramref name="guildId"/>; null when it has none (or nothing can post in one).</summary>
    public async Task<NudgeChannelTarget?> ForServerAsync(ulong guildId, CancellationToken cancellationToken) =>
        poster is not null && (await settings.GetAsync(guildId, cancellationToken)).NudgeChannelId is { } channelId
            ? new NudgeChannelTarget(guildId, channelId)
            : null;

    /// <inheritdoc/>
    public async Task<NudgeChannelTarget?> ChooseAsync(ulong memberId, CancellationToken cancellationToken) =>
        poster is null ? null : await settings.NudgeChannelForMemberAsync(memberId, cancellationToken);

    /// <summary>Posts <paramref name="message"/> for <paramref name="memberId"/> in <paramref name="target"/>, addressed to them alone.</summary>
    public Task<ChannelPost> PostForAsync(NudgeChannelTarget target, ulong memberId, Reply message, string nonce, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(message);
        return poster is null
            ? Task.FromResult(new ChannelPost(ChannelPostOutcome.Failed, Reason: "nothing can post in a channel here"))
            : poster.PostAsync(target.ChannelId, Addressed(memberId, message), nonce, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<NudgeChannelPost> PostAsync(DueNudge nudge, NudgeChannelTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nudge);
        ArgumentNullException.ThrowIfNull(target);
        var composed = await composer.ComposeAsync(nudge, cancellationToken);
        var message = string.IsNullOrEmpty(composed.Message.Content) ? composed.Message with { Content = NudgeLine } : composed.Message;
        var post = await PostForAsync(target, nudge.MemberId, message, NudgeNonce.InChannel(nudge.MemberId, nudge.DueAt), cancellationToken);
        if (!post.IsPosted)
        {
            await failed.RecordNudgeAsync(target.GuildId, nudge.MemberId, nudge.DueAt, post.ErrorCode, post.Reason, StoredTime.Now(time), cancellationToken);
        }

        return new NudgeChannelPost(post.IsPosted, post.MessageId, post.ErrorCode, post.Reason, composed.MilestoneId);
    }

    /// <summary>The message as posted: the member's mention first, why it is in the channel last, and only that member may be pinged.</summary>
    public static Reply Addressed(ulong memberId, Reply message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var said = string.IsNullOrEmpty(message.Content) ? "" : message.Content + "\n";
        return message with
        {
            Content = $"<@{memberId.ToString(CultureInfo.InvariantCulture)}> {said}{Why}",
            AllowedMentions = AllowedMentions.OnlyUser(memberId),
            Ephemeral = false,
        };
    }
}
