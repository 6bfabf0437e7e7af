namespace Roadmap.Bot.Hosting.LocalMode;

/// <summary>
/// The reader and writer of a chat. A console read cannot be cancelled once started, so a
/// cancelled read stops waiting for it instead, and the chat can end on Ctrl+C without a line.
/// </summary>
internal sealed class ChatConsole(TextReader input, TextWriter output)
{
    public async Task<string?> ReadLineAsync(CancellationToken cancellationToken) =>
        await input.ReadLineAsync(cancellationToken).AsTask().WaitAsync(cancellationToken).ConfigureAwait(false);

    public async Task WriteAsync(string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        await output.WriteLineAsync(text.AsMemory(), cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task PromptAsync(string prompt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        await output.WriteAsync(prompt.AsMemory(), cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
