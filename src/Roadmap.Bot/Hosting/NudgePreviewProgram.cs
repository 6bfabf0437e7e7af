using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Roadmap.Bot.Hosting.LocalMode;
using Roadmap.Bot.Members;
using Roadmap.Bot.Nudges;
using Roadmap.Bot.Persistence;

namespace Roadmap.Bot.Hosting;

/// <summary>
/// `nudges preview [--weeks N]`: the local-mode member's next nudges, read from the database local
/// mode uses (the same settings: Database:Path from appsettings.json or the environment).
/// </summary>
internal static class NudgePreviewProgram
{
    private const string Usage = "Usage: nudges preview [--weeks N], N from 1 to 104 (8 if not given).";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (ParseWeeks(args) is not { } weeks)
        {
            await error.WriteLineAsync(Usage);
            return 1;
        }

        // Only the settings: the preview's own arguments are not configuration.
        var builder = BotProgram.CreateBuilder([]);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddPersistence().AddMembers().AddNudges();
        using var host = builder.Build();

        var database = host.Services.GetRequiredService<SqliteConnectionFactory>().FilePath;
        if (!File.Exists(database))
        {
            await output.WriteLineAsync($"There is no database at {database} yet, so no nudges either. Run the bot, set `/profile timezone:` and `/nudges on`, then preview again.");
            return 1;
        }

        if (await BotProgram.StartupProblemAsync(() => host.Services.GetRequiredService<DatabaseStartup>().ReadyAsync(), database) is { } problem)
        {
            await error.WriteLineAsync(problem);
            return 1;
        }

        var member = LocalMember.Default;
        var status = await host.Services.GetRequiredService<NudgeService>().StatusAsync(member.UserId, CancellationToken.None);
        var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        return NudgePreview.Write(status, member.DisplayName, now, weeks, output);
    }

    /// <summary>The number of weeks from <c>preview [--weeks N]</c>; null when the arguments are anything else.</summary>
    private static int? ParseWeeks(string[] args) => args switch
    {
        ["preview"] => NudgePreview.DefaultWeeks,
        ["preview", "--weeks", var n] => Weeks(n),
        ["preview", var option] when option.StartsWith("--weeks=", StringComparison.Ordinal) => Weeks(option["--weeks=".Length..]),
        _ => null,
    };

    private static int? Weeks(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var weeks) && weeks is >= 1 and <= NudgePreview.MaxWeeks ? weeks : null;
}
