using System.Net;
using System.Text.Json;
using Roadmap.Discord.Models;

namespace Roadmap.Discord.Rest;

/// <summary>
/// A REST call Discord refused or could not serve: the HTTP status, Discord's JSON error code
/// (see <see cref="DiscordErrorCodes"/>), its message and the error tree of an invalid form.
/// The message names the route template only, never a path that could hold a token.
/// </summary>
public class DiscordRestException : Exception
{
    public DiscordRestException()
    {
    }

    public DiscordRestException(string message)
        : base(message)
    {
    }

    public DiscordRestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DiscordRestException(HttpStatusCode statusCode, DiscordErrorBody? body, DiscordRoute route)
        : base(Describe(statusCode, body, route))
    {
        ArgumentNullException.ThrowIfNull(route);
        StatusCode = statusCode;
        Code = body?.Code ?? 0;
        DiscordMessage = body?.Message ?? "";
        Errors = body?.Errors;
        RouteTemplate = route.RouteKey;
    }

    public HttpStatusCode StatusCode { get; }

    /// <summary>Discord's JSON error code, 0 when the body carried none.</summary>
    public int Code { get; }

    public string DiscordMessage { get; } = "";

    /// <summary>The raw <c>errors</c> tree, present for invalid form bodies (50035).</summary>
    public JsonElement? Errors { get; }

    /// <summary>The method and route template, e.g. "POST /channels/{channel_id}/messages".</summary>
    public string RouteTemplate { get; } = "";

    /// <summary>The leaves of <see cref="Errors"/> with their JSON paths.</summary>
    public IReadOnlyList<FieldError> FieldErrors => ErrorTree.Flatten(Errors);

    private static string Describe(HttpStatusCode statusCode, DiscordErrorBody? body, DiscordRoute route) =>
        body is null
            ? $"Discord answered {route} with {(int)statusCode} {statusCode}."
            : $"Discord answered {route} with {(int)statusCode} {statusCode}: error {body.Code} \"{body.Message}\".";
}
