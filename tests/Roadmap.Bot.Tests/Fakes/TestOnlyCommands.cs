using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;
using static Roadmap.Discord.Interactions.CommandBuilder;

namespace Roadmap.Bot.Tests.Fakes;

/// <summary>A command that answers only when the test releases it, to exercise the deferral.</summary>
internal sealed class SlowCommand : ISlashCommand
{
    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ApplicationCommand Definition { get; } = Slash("slow", "Takes its time");

    public async ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        await Release.Task.WaitAsync(cancellationToken);
        return Reply.Text("Finally done.", ephemeral: true);
    }
}

/// <summary>A command whose handler fails, to prove the user still gets an answer.</summary>
internal sealed class BrokenCommand : ISlashCommand
{
    public ApplicationCommand Definition { get; } = Slash("broken", "Always fails");

    public ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("Simulated fault with secret detail");
}
