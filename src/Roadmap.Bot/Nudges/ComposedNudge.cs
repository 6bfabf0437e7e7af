using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Nudges;

/// <summary>A nudge ready to deliver, and the milestone it suggests (null when the track is finished), for the sweep's record.</summary>
internal sealed record ComposedNudge(Reply Message, string? MilestoneId);
