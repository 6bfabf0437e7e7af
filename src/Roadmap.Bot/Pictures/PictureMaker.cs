using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Pictures;

/// <summary>
/// Turns a drawing into a reply's attachment, or into nothing: when pictures are off, or when drawing
/// fails (the native Skia library missing on the host, for example). A reply is complete without its
/// picture, so a failure costs only the picture; the first one is logged, later ones are not.
/// </summary>
internal sealed partial class PictureMaker(IOptions<PicturesOptions> options, ILogger<PictureMaker> logger)
{
    /// <summary>Discord's limit on an attachment's description (its alt text).</summary>
    public const int MaxDescription = 1024;

    private readonly PictureCache _cache = new(options.Value.CacheSize);
    private int _failures;

    public bool Enabled => options.Value.Enabled;

    /// <summary>Pictures held for asking again.</summary>
    public int Cached => _cache.Count;

    /// <param name="fileName">The attachment's name, such as roadmap.png.</param>
    /// <param name="key">Everything the picture shows; the same key must always draw the same picture.</param>
    /// <param name="description">The alt text, shortened to Discord's limit.</param>
    /// <param name="draw">Draws the picture and returns it as PNG.</param>
    public ReplyFile? Make(string fileName, string key, string description, Func<byte[]> draw)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(draw);
        if (!Enabled)
        {
            return null;
        }

        if (!_cache.TryGet(key, out var png))
        {
            try
            {
                png = draw();
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

            _cache.Add(key, png);
        }

        var alt = description.Length <= MaxDescription ? description : description[..(MaxDescription - 1)] + "…";
        return new ReplyFile(fileName, png, alt);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not draw {FileName}; replies go out without pictures when this happens, and this is logged only once")]
    private static partial void LogDrawingFailed(ILogger logger, Exception exception, string fileName);
}
