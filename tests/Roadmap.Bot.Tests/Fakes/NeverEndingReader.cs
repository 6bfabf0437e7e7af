namespace Roadmap.Bot.Tests.Fakes;

/// <summary>
/// Input where nobody types, read the way <c>Console.In</c> reads: even the async read blocks the
/// calling thread until a line arrives. Disposing it ends the input, releasing the blocked read.
/// </summary>
internal sealed class NeverEndingReader : TextReader
{
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override string? ReadLine()
    {
        _ended.Task.GetAwaiter().GetResult();
        return null;
    }

    public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) => new(ReadLine());

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _ended.TrySetResult();
        }

        base.Dispose(disposing);
    }
}
