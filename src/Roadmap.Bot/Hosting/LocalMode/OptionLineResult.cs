using Roadmap.Discord.Models;

namespace Roadmap.Bot.Hosting.LocalMode;

/// <summary>The options read from a line, the users they name, or the first problem found.</summary>
internal sealed record OptionLineResult(IReadOnlyList<InteractionDataOption> Options, IReadOnlyDictionary<string, User> Users, string? Problem)
{
    public static OptionLineResult Fail(string problem) => new([], new Dictionary<string, User>(), problem);
}
