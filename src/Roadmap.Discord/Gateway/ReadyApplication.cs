namespace Roadmap.Discord.Gateway;

/// <summary>The partial application in READY: its id is needed for command and follow-up routes.</summary>
public sealed record ReadyApplication(ulong Id, int? Flags);
