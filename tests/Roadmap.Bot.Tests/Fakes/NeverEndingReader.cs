namespace Roadmap.Bot.Tests.Fakes;

/// <summary>Input where nobody ever types: a read waits forever, like a console left alone.</summary>
public sealed class NeverEndingReader : TextReader
{
    private readonly TaskCompletionSource<string?> _never = new();

    public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) => new(_never.Task);
}
