using Microsoft.Extensions.Logging.Abstractions;
using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Tests.Fakes;

/// <summary>The real router with the fake commands local mode tests type at.</summary>
internal static class LocalModeRouter
{
    public static InteractionRouter Create(FakeStepCommand? step = null)
    {
        var steps = step ?? new FakeStepCommand();
        return new InteractionRouter(
            [steps, new FakeLogCommand(), new FakeRemindersCommand(), new FakeModCommand(), new FakePrivacyCommand()],
            [steps],
            NullLogger<InteractionRouter>.Instance);
    }
}
