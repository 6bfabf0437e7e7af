namespace Roadmap.Bot.Nudges;

/// <summary>The states of <c>nudges.state</c>, as stored: what became of one claimed nudge.</summary>
internal static class NudgeRowState
{
    /// <summary>Claimed and handed to the sender; what happened is not known yet.</summary>
    public const string Sending = "sending";

    public const string Sent = "sent";

    /// <summary>Discord refused it; <c>error_code</c> says why.</summary>
    public const string Failed = "failed";

    /// <summary>Not sent on purpose; <c>reason</c> says why.</summary>
    public const string Skipped = "skipped";

    /// <summary>Overdue by more than the catch-up window when the bot came back: not sent late.</summary>
    public const string Missed = "missed";

    /// <summary>Still sending when the bot stopped, too long ago to resend safely: maybe delivered, never twice.</summary>
    public const string Unknown = "unknown";
}
