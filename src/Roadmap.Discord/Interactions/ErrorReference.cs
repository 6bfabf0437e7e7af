using System.Security.Cryptography;

namespace Roadmap.Discord.Interactions;

/// <summary>A short code shown to a user and written to the log, so an operator can find the failure.</summary>
public static class ErrorReference
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, 8);
}
