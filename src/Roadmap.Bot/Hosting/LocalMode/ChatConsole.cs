namespace Roadmap.Bot.Hosting.LocalMode;

/// <summary>
/// The reader and writer of a chat. <c>Console.In</c> reads synchronously even from
/// <c>ReadLineAsync</c> and cannot be cancelled once started, so the read runs on the thread pool
/// and a cancelled chat stops waiting for it: Ctrl+C ends the chat without anyone pressing Enter.
/// </summary>
internal sealed class ChatConsole(TextReader input, TextWriter output)
{
    public async Task<string?> ReadLineAsync(CancellationToken cancellationToken) =>
        await Task.Run(() => input.ReadLineAsync(cancellationToken).AsTask(), cancellationToken).WaitAsync(cancellationToken);

    public async Task WriteAsync(string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        await output.WriteLineAsync(text.AsMemory(), cancellationToken);
        await output.FlushAsync(cancellationToken);
    }

    public async Task PromptAsync(string prompt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        await output.WriteAsync(prompt.AsMemory(), cancellationToken);
        await output.FlushAsync(cancellationToken);
    }
}
