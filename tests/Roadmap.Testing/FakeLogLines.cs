using Microsoft.Extensions.Logging.Testing;

namespace Roadmap.Testing;

/// <summary>
/// Reads a <see cref="FakeLogCollector"/> as an operator reads a log: one line per record, level,
/// category, message and exception text, so a test can search what would be printed (a token
/// included, wherever it hides).
/// </summary>
public static class FakeLogLines
{
    extension(FakeLogCollector logs)
    {
        /// <summary>Every record so far, formatted as "Level Category: message exception".</summary>
        public IReadOnlyList<string> Lines =>
            [.. logs.GetSnapshot().Select(r => $"{r.Level} {r.Category}: {r.Message} {r.Exception}")];
    }
}
