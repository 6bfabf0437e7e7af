using System.Globalization;

namespace Roadmap.Bot.Text;

/// <summary>A bar of blocks with a percentage, readable on Discord and in a terminal.</summary>
internal static class ProgressBar
{
    public static string Render(double fraction, int width = 10)
    {
        var clamped = Math.Clamp(double.IsNaN(fraction) ? 0 : fraction, 0, 1);
        var filled = (int)Math.Round(clamped * width, MidpointRounding.AwayFromZero);
        var percent = ((int)Math.Floor(clamped * 100)).ToString(CultureInfo.InvariantCulture);
        return $"{new string('█', filled)}{new string('░', width - filled)} {percent}%";
    }
}
