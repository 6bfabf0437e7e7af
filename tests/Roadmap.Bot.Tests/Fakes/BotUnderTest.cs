using System.Diagnostics;

namespace Roadmap.Bot.Tests.Fakes;

/// <summary>
/// Which build of the bot the process tests start. By default the bot's own build output
/// (<c>src/Roadmap.Bot/bin/&lt;configuration&gt;/net10.0</c>, built with the tests), through
/// <c>dotnet Roadmap.Bot.dll</c>, which needs nothing but the SDK. Not the copy beside the tests:
/// the test folder leaves out assemblies that the ASP.NET Core shared framework carries (the fake
/// Discord needs that framework), and the bot, which runs without it, needs some of them (Quartz's
/// health-check abstractions). When
/// <c>ROADMAP_BOT_UNDER_TEST</c> names an executable (CI sets it to the NativeAOT publish the
/// Dockerfile ships), the same tests run against that instead.
/// </summary>
internal static class BotUnderTest
{
    public const string Variable = "ROADMAP_BOT_UNDER_TEST";

    /// <summary>What the tests run, for messages: the executable or the dll.</summary>
    public static string Description => Executable ?? Path.Combine(BuildOutput, "Roadmap.Bot.dll");

    /// <summary>The bot's build output for the configuration and framework the tests were built with.</summary>
    private static string BuildOutput
    {
        get
        {
            var tests = Path.Combine(RepositoryPaths.Root, "tests", "Roadmap.Bot.Tests");
            var outputBelowProject = Path.GetRelativePath(tests, AppContext.BaseDirectory);
            return Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "src", "Roadmap.Bot", outputBelowProject));
        }
    }

    private static string? Executable => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } path ? Path.GetFullPath(path) : null;

    /// <summary>
    /// A start of the bot in <paramref name="workingFolder"/> with its output redirected, in the
    /// Production environment, and nothing else set: the caller adds the settings.
    /// </summary>
    public static ProcessStartInfo StartInfo(string workingFolder)
    {
        var info = Executable is { } executable
            ? new ProcessStartInfo(executable)
            : new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet") { ArgumentList = { Description } };
        info.WorkingDirectory = workingFolder;
        info.RedirectStandardInput = true;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        return info;
    }
}
