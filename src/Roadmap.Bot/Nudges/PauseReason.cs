namespace Roadmap.Bot.Nudges;

/// <summary>Why nudges are paused (<c>nudge_settings.pause_reason</c>), as stored.</summary>
internal static class PauseReason
{
    /// <summary><c>/nudges pause until:</c>; they resume by themselves on that date.</summary>
    public const string Member = "member";

    /// <summary>Discord refused the DM (error 50007); they stay paused until the member turns them on again.</summary>
    public const string DmsClosed = "dms_closed";

    /// <summary>Several nudges in a row went unanswered and nobody asked to keep them.</summary>
    public const string NoReply = "no_reply";
}
