using System.Security.Cryptography;
using System.Text;

namespace Roadmap.Bot.Nudges;

/// <summary>
/// The nonce a nudge is created with: derived from the member and the due time only, so a retry of
/// the same nudge (after a crash) carries the same nonce and Discord, told to enforce it, answers
/// with the first message instead of posting a second. "n", the member id and the due time in unix
/// seconds, both in base 36 with a dash between them: at most 23 characters (the largest ulong and
/// the last second DateTimeOffset holds), within Discord's 25, and two nudges never share one.
/// </summary>
internal static class NudgeNonce
{
    private const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";

    public static string For(ulong memberId, DateTimeOffset dueAt)
    {
        var seconds = dueAt.ToUnixTimeSeconds();
        ArgumentOutOfRangeException.ThrowIfNegative(seconds, nameof(dueAt));
        return $"n{Base36(memberId)}-{Base36((ulong)seconds)}";
    }

    /// <summary>Discord's longest nonce.</summary>
    public const int MaxLength = 25;

    /// <summary>
    /// A nonce made of several parts kept within <see cref="MaxLength"/>: as written when it fits (every
    /// id Discord hands out today does), otherwise "h" and 64 bits of its SHA-256 in base 36, the same
    /// for the same parts, so a retry still carries the nonce of the first try.
    /// </summary>
    public static string Fit(string nonce)
    {
        ArgumentNullException.ThrowIfNull(nonce);
        if (nonce.Length <= MaxLength)
        {
            return nonce;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(nonce));
        return "h" + Base36(BitConverter.ToUInt64(hash, 0));
    }

    /// <summary>
    /// The nonce of the same nudge posted in a nudge channel because the member's DMs are closed:
    /// "c" before the DM's nonce, so the two never stand for each other; at most 24 characters.
    /// </summary>
    public static string InChannel(ulong memberId, DateTimeOffset dueAt) => "c" + For(memberId, dueAt);

    /// <summary>A number in as few nonce characters as it takes; every nonce the bot makes (nudges, reminders, digests) is written with it.</summary>
    public static string Base36(ulong value)
    {
        var digits = new StringBuilder();
        do
        {
            digits.Insert(0, Digits[(int)(value % 36)]);
            value /= 36;
        }
        while (value > 0);

        return digits.ToString();
    }
}
