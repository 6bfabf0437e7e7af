namespace Roadmap.Discord.Models;

/// <summary>The body of POST /users/@me/channels.</summary>
public sealed record CreateDmRequest(ulong RecipientId);
