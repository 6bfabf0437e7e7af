using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Pictures;

/// <summary>
/// Turns a drawing into a reply's attachment, or into nothing: when pictures are off, or when drawing
/// fails (the native Skia library missing on the host, for example). A reply is complete without its
/// picture, so a failure costs only the picture; the first one is logged, later ones are not.
/// </summary>
/// <remarks>
/// Pictures are drawn one at a time, on a thread-pool thread of their own, never on the thread that
/// answers: a map is about 12 ms of CPU, and on two cores drawing several at once left every other
/// answer (<c>/next</c>) waiting for a core. One lane keeps the other core for answers and holds one
/// canvas in memory at a time. When more than <see cref="MaxWaiting"/> pictures wait for the lane, the
/// reply goes out without one rather than late: under a burst the text answers stay quick.
/// </remarks>
internal sealed partial class PictureMaker(IOptions<PicturesOptions> options, ILogger<PictureMaker> logger) : IDisposable
{
    /// <summary>Discord's limit on an attachment's description (its alt text).</summary>
    public const int MaxDescription = 1024;

    /// <summary>Pictures that may wait for the lane (about 0.2 s of maps); one more goes without.</summary>
    public const int MaxWaiting = 16;

    private readonly PictureCache _cache = new(options.Value.CacheSize);
    private readonly SemaphoreSlim _lane = new(1, 1);
    private int _waiting;
    private int _failures;

    public bool Enabled => options.Value.Enabled;

    /// <summary>Pictures held for asking again.</summary>
    public int Cached => _cache.Count;

    /// <param name="fileName">The attachment's name, such as roadmap.png.</param>
    /// <param name="key">Everything the picture shows; the same key must always draw the same picture.</param>
    /// <param name="description">The alt text, shortened to Discord's limit.</param>
    /// <param name="draw">Draws the picture and returns it as PNG.</param>
    /// <param name="cancellationToken">Gives up waiting for the lane.</param>
    /// <returns>The attachment; done at once when the picture is cached or pictures are off.</returns>
    public ValueTask<ReplyFile?> MakeAsync(string fileName, string key, string description, Func<byte[]> draw, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(draw);
        if (!Enabled)
        {
            return ValueTask.FromResult<ReplyFile?>(null);
        }

        return _cache.TryGet(key, out var png)
            ? ValueTask.FromResult<ReplyFile?>(File(fileName, png, description))
            : new ValueTask<ReplyFile?>(DrawAsync(fileName, key, description, draw, cancellationToken));
    }

    private async Task<ReplyFile?> DrawAsync(string fileName, string key, string description, Func<byte[]> draw, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _waiting) > MaxWaiting)
        {
            Interlocked.Decrement(ref _waiting);
            return null;
        }

        byte[] png;
        try
        {
            await _lane.WaitAsync(cancellationToken);
            try
            {
                png = await Task.Run(draw, cancellationToken);
            }
            finally
            {
                _lane.Release();
            }
        }
        // Any failure (a native library missing, a bug in one drawing) must cost the picture only,
        // never the reply it belongs to. The filter keeps CA1031 satisfied that this is on purpose.
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            if (Interlocked.Increment(ref _failures) == 1)
            {
                LogDrawingFailed(logger, ex, fileName);
            }

            return null;
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }

        _cache.Add(key, png);
        return File(fileName, png, description);
    }

    public void Dispose() => _lane.Dispose();

    private static ReplyFile File(string fileName, byte[] png, string description)
    {
        var alt = description.Length <= MaxDescription ? description : description[..(MaxDescription - 1)] + "…";
        return new ReplyFile(fileName, png, alt);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not draw {FileName}; replies go out without pictures when this happens, and this is logged only once")]
    private static partial void LogDrawingFailed(ILogger logger, Exception exception, string fileName);
}
