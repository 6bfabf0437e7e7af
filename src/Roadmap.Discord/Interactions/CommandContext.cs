using Roadmap.Discord.Models;

namespace Roadmap.Discord.Interactions;

/// <summary>Everything a command handler needs: who called, from where, and the parsed options.</summary>
public sealed record CommandContext(Interaction Interaction, Caller Caller, CommandOptions Options);
