using Roadmap.Discord.Models;

namespace Roadmap.Discord.Interactions;

/// <summary>A click on a button or a choice in a select menu, with its parsed custom id.</summary>
public sealed record ComponentContext(Interaction Interaction, Caller Caller, CustomId Id, IReadOnlyList<string> Values);
