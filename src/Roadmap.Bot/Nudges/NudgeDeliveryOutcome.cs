namespace Roadmap.Bot.Nudges;

/// <summary>How one attempt to deliver a nudge ended.</summary>
internal enum NudgeDeliveryOutcome
{
    /// <summary>The message was created (or Discord answered a retry with the one created before).</summary>
    Sent,

    /// <summary>Discord refused because the member does not accept direct messages (50007): never retried.</summary>
    DmsClosed,

    /// <summary>Any other refusal or fault; <see cref="NudgeDelivery.ErrorCode"/> says which when Discord gave one.</summary>
    Failed,
}
