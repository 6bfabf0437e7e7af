namespace Roadmap.Testing.Rest;

/// <summary>A fault that fires a number of times, optionally only on one route.</summary>
internal sealed class CountedFault(FaultKind kind, string? route, int count)
{
    public FaultKind Kind { get; } = kind;

    public string? Route { get; } = route;

    public int Remaining { get; set; } = count;

    public int Status { get; init; } = 503;

    public TimeSpan RetryAfter { get; init; }

    public string Scope { get; init; } = "user";

    public string? Body { get; init; }
}
