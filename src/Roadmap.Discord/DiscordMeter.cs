using System.Diagnostics.Metrics;

namespace Roadmap.Discord;

/// <summary>
/// The client library's own meter, "Roadmap.Discord", as System.Net.Http has its own: what the
/// client measures (REST 429s, gateway reconnects) belongs to the client, whichever application
/// uses it. Instruments follow OpenTelemetry's conventions: lowercase dotted names under
/// <c>roadmap.discord.</c>, counts with a <c>{thing}</c> unit.
/// </summary>
public static class DiscordMeter
{
    public const string Name = "Roadmap.Discord";

    // Used when a client is built without a factory (plain `new`, as in unit tests), as
    // SocketsHttpHandler does when its MeterFactory is null; listeners find it by name all the same.
    private static readonly Meter Shared = new(Name);

    /// <summary>The meter from <paramref name="factory"/> (one per container), or the process-wide one without a factory.</summary>
    public static Meter From(IMeterFactory? factory) => factory?.Create(Name) ?? Shared;
}
