using System.Diagnostics.CodeAnalysis;

namespace Roadmap.Discord.Interactions;

/// <summary>
/// The one place component ids are built and read: `v1:handler:action:arg…`. The version prefix
/// lets a later format coexist with buttons already sitting in old messages, which keep working
/// after a restart because everything needed is in the id itself.
/// </summary>
public sealed record CustomId(string Handler, string Action, IReadOnlyList<string> Arguments)
{
    public const string Version = "v1";
    private const char Separator = ':';

    public string? Argument(int index) => index < Arguments.Count ? Arguments[index] : null;

    public static string Create(string handler, string action, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        foreach (var part in arguments.Prepend(action).Prepend(handler))
        {
            if (part.Contains(Separator, StringComparison.Ordinal))
            {
                throw new ArgumentException($"A custom id part may not contain '{Separator}': {part}", nameof(arguments));
            }
        }

        var id = string.Join(Separator, arguments.Prepend(action).Prepend(handler).Prepend(Version));
        if (id.Length > DiscordLimits.CustomId)
        {
            throw new ArgumentException($"The custom id is {id.Length} characters; Discord allows {DiscordLimits.CustomId}.", nameof(arguments));
        }

        return id;
    }

    public static bool TryParse(string? text, [NotNullWhen(true)] out CustomId? id)
    {
        id = null;
        if (string.IsNullOrEmpty(text) || text.Length > DiscordLimits.CustomId)
        {
            return false;
        }

        var parts = text.Split(Separator);
        if (parts.Length < 3 || parts[0] != Version || parts[1].Length == 0 || parts[2].Length == 0)
        {
            return false;
        }

        id = new CustomId(parts[1], parts[2], parts[3..]);
        return true;
    }
}
