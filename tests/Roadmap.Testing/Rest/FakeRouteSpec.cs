namespace Roadmap.Testing.Rest;

/// <summary>
/// One fake route: its name, the route parameter that is its major parameter, whether it is exempt
/// from the global limit (interaction routes), and what it does.
/// </summary>
internal sealed record FakeRouteSpec(
    string Name,
    string? MajorParameter,
    bool ExemptFromGlobal,
    Func<FakeRestRequest, FakeResponse> Behaviour)
{
    /// <summary>The route parameter recorded as the request's subject (interaction or channel id).</summary>
    public string? SubjectParameter { get; init; }
}
