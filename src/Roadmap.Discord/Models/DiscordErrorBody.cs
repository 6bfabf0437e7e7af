using System.Text.Json;

namespace Roadmap.Discord.Models;

/// <summary>
/// Discord's error body: a JSON error code, a message and, for invalid forms, a tree of field
/// errors that mirrors the request's JSON path.
/// </summary>
public sealed record DiscordErrorBody
{
    public int Code { get; init; }

    public string Message { get; init => field = value ?? ""; } = "";

    public JsonElement? Errors { get; init; }
}
