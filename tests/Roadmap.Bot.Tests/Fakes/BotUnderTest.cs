using System.Diagnostics;

namespace Roadmap.Bot.Tests.Fakes;

/// <summary>
/// Which build of the bot the process tests start. By default the one built beside the tests,
/// through <c>dotnet Roadmap.Bot.dll</c>, which needs nothing but the SDK. When
/// <c>ROADMAP_BOT_UNDER_TEST</c> names an executable (CI sets it to the NativeAOT publish the
/// Dockerfile ships), the same tests run against that instead.
/// </summary>
internal static class BotUnderTest
{
    public const string Variable = "ROADMAP_BOT_UNDER_TEST";

    /// <summary>What the tests run, for messages: the executable or the dll.</summary>
    public static string Description => Executable ?? Path.Combine(AppContext.BaseDirectory, "Roadmap.Bot.dll");

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
