using Roadmap.Discord.Models;

namespace Roadmap.Bot.Hosting.LocalMode;

/// <summary>The interaction a typed line stands for, or a sentence saying what to type instead.</summary>
internal sealed record LocalParseResult(Interaction? Interaction, string? Problem)
{
    public static LocalParseResult Ok(Interaction interaction) => new(interaction, null);

    public static LocalParseResult Fail(string problem) => new(null, problem);
}
