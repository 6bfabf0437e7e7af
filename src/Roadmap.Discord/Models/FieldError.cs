namespace Roadmap.Discord.Models;

/// <summary>
/// One leaf of Discord's error tree: the JSON path of the offending field ("" for the request
/// itself, "activities.0.platform" for a nested one), the error code and its message.
/// </summary>
public sealed record FieldError(string Path, string Code, string Message);
