namespace Roadmap.Bot.Nudges;

/// <summary>
/// The fatigue rule: nudges nobody reacts to should stop, not pile up. <c>nudge_settings.unanswered</c>
/// counts the nudges sent in a row since the member last showed a sign of life; after
/// <see cref="UnansweredBeforeAsking"/> of them the next nudge asks "Keep these coming?"
/// (<c>keep_asked_at</c> is set once it was delivered), and if the count is still not reset when the
/// one after that is due, that one is not sent: nudges pause with the reason <c>no_reply</c>.
/// <para>
/// A sign of life, which resets the count and takes the question back, is any of:
/// an <b>interaction</b>, that is a press of any button on a nudge (Start, Done, Skip this week,
/// Stop nudges, Keep) or a change the member makes to their nudges (<c>/nudges on</c>, and also
/// <c>pause</c>, <c>skip</c> and <c>off</c>: choosing when nudges come is an answer to them); or
/// <b>progress</b>, that is any status change the member records (/start, /done, /skip, /undo, typed
/// or clicked anywhere). Reading a nudge is not one (Discord does not tell the bot), and neither is
/// <c>/nudges status</c> or any other command: they say nothing about whether the nudges help.
/// </para>
/// </summary>
internal static class NudgeFatigue
{
    /// <summary>Nudges in a row with no sign of life before the next one asks "Keep these coming?".</summary>
    public const int UnansweredBeforeAsking = 3;

    /// <summary>The reason recorded on the nudge not sent because nobody answered the question.</summary>
    public const string NoReplyReason = "nobody pressed Keep on \"Keep these coming?\", so nudges paused instead";
}
