using System.Runtime.InteropServices;

namespace Roadmap.Bot.Pictures;

/// <summary>
/// The memory pictures are drawn into, kept between drawings. When Skia allocated each canvas
/// itself, every thread that drew kept a map's worth (3.7 MiB) or two in its own malloc arena: in
/// the /roadmap load benchmark the bot's arenas held 53 MB, and 21 MB with these buffers
/// (tests/Roadmap.Benchmarks/README.md, "Memory with pictures"). One buffer per core is kept; a
/// drawing beyond that, or a picture larger than the map, gets a buffer of its own that the garbage
/// collector takes back. Buffers are pinned (allocated on the pinned heap), so Skia draws into them
/// directly.
/// </summary>
internal static class PixelBuffers
{
    /// <summary>The size kept: the map's pixels, the largest picture drawn often.</summary>
    public const int KeptSize = 1200 * 800 * 4;

    private static readonly Stack<byte[]> Kept = new();
    private static readonly Lock KeptLock = new();
    private static readonly int MostKept = Environment.ProcessorCount;

    /// <summary>A pinned buffer of at least <paramref name="bytes"/>; give it back with <see cref="Return"/>.</summary>
    public static byte[] Rent(int bytes)
    {
        if (bytes <= KeptSize)
        {
            lock (KeptLock)
            {
                if (Kept.TryPop(out var kept))
                {
                    return kept;
                }
            }
        }

        return GC.AllocateUninitializedArray<byte>(Math.Max(bytes, KeptSize), pinned: true);
    }

    public static void Return(byte[] buffer)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        if (buffer.Length != KeptSize)
        {
            return;
        }

        lock (KeptLock)
        {
            if (Kept.Count < MostKept)
            {
                Kept.Push(buffer);
            }
        }
    }

    /// <summary>Where a rented buffer's first byte is; it never moves, being pinned.</summary>
    public static IntPtr AddressOf(byte[] buffer) => Marshal.UnsafeAddrOfPinnedArrayElement(buffer, 0);
}
