using Roadmap.Testing;

namespace Roadmap.Benchmarks.Data;

/// <summary>The size and fixed points of the generated data set, shared by the generator and the benchmarks.</summary>
public static class DatasetShape
{
    public const int MemberCount = 100_000;

    public const int ProgressRowCount = 2_000_000;

    /// <summary>Bump when the generator writes different data, so a cached file of the old shape is not reused.</summary>
    public const int GeneratorVersion = 2;

    public const int Seed = 20261122;

    /// <summary>Every member used the bot in the server the interaction factory sends from.</summary>
    public const ulong GuildId = InteractionFactory.GuildId;

    /// <summary>
    /// The moment the data was "taken": every time in it is before this, and the benchmarks run the bot
    /// on a clock stopped here, so streaks and estimates look as they would on a live server.
    /// </summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    // Discord ids of accounts made around 2021; the stride spreads them like real snowflakes.
    private const ulong FirstMemberId = 800_000_000_000_000_000;
    private const ulong MemberIdStride = 4_194_304_007;

    /// <summary>The Discord id of the member at <paramref name="index"/> (0 to <see cref="MemberCount"/> - 1).</summary>
    public static ulong MemberId(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, MemberCount);
        return FirstMemberId + ((ulong)index * MemberIdStride);
    }

    /// <summary>Time zones members picked, most common first; members without one count in UTC.</summary>
    public static IReadOnlyList<string> TimeZones { get; } =
    [
        "America/New_York", "Europe/London", "Asia/Kolkata", "Europe/Berlin", "America/Los_Angeles",
        "America/Sao_Paulo", "Europe/Paris", "Asia/Tokyo", "America/Chicago", "Africa/Lagos",
        "Asia/Jakarta", "Europe/Warsaw", "Australia/Sydney", "Asia/Manila", "Europe/Kyiv", "UTC",
    ];

    /// <summary>Notes members leave when they finish a milestone.</summary>
    public static IReadOnlyList<string> Notes { get; } =
    [
        "Built a small demo to try it out.",
        "Read the docs and took notes.",
        "Finally clicked after the second video.",
        "Did the exercises, struggled with the last one.",
        "Paired with a friend on this one.",
        "Wrote a blog post summarising what I learned.",
    ];
}
