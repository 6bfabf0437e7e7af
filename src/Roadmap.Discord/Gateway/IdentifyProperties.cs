namespace Roadmap.Discord.Gateway;

/// <summary>Connection properties sent in IDENTIFY, without the deprecated <c>$</c> prefix.</summary>
public sealed record IdentifyProperties(string Os, string Browser, string Device);
