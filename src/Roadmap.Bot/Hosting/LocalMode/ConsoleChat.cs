using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Hosting.LocalMode;

/// <summary>
/// Local mode: reads commands typed as on Discord, turns each into the interaction Discord would
/// send, routes it through the same <see cref="InteractionRouter"/> the Discord worker uses, and
/// prints the reply as text. With piped input it echoes each line after <c>&gt; </c>, so the output
/// reads as a transcript, and ends with exit code 0 at the end of the input.
/// </summary>
internal sealed class ConsoleChat
{
    /// <summary>The conventional exit code of a program stopped by Ctrl+C.</summary>
    public const int Interrupted = 130;

    /// <summary>The line above a message the bot sends on its own (a nudge), as a DM would arrive on Discord.</summary>
    public const string InboxHeading = LocalMessage.DirectMessage;

    private const string Prompt = "> ";

    private readonly InteractionRouter _router;
    private readonly LocalMember _member;
    private readonly bool _isInteractive;
    private readonly ChatConsole _console;
    private readonly LocalInteractions _interactions;
    private readonly CommandLineParser _parser;
    private readonly ReplyRenderer _renderer;
    private readonly ReplyFileSaver _files;
    private readonly ActionBoard _board = new();
    private readonly LocalInbox? _inbox;

    /// <param name="router">The router the Discord worker uses, with every command registered.</param>
    /// <param name="input">What the person types, or the piped script.</param>
    /// <param name="output">Where the banner and the replies go.</param>
    /// <param name="member">The one local member every command comes from.</param>
    /// <param name="exportFolder">Where files sent with replies (the privacy export) are written.</param>
    /// <param name="isInteractive">True when a person types the input; false when it is piped, which turns on the echo.</param>
    /// <param name="useAnsi">True when the output is a real terminal that shows bold text.</param>
    /// <param name="inbox">Messages the bot sends on its own (nudges), shown as they come; closed when the chat ends.</param>
    /// <param name="time">The clock relative timestamps ("in 4 days") count from; the system's when not given.</param>
    public ConsoleChat(InteractionRouter router, TextReader input, TextWriter output, LocalMember member, string exportFolder, bool isInteractive, bool useAnsi = false, LocalInbox? inbox = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(router);
        ArgumentNullException.ThrowIfNull(member);
        ArgumentException.ThrowIfNullOrWhiteSpace(exportFolder);
        _router = router;
        _member = member;
        _isInteractive = isInteractive;
        _console = new ChatConsole(input, output);
        _interactions = new LocalInteractions(member);
        _parser = new CommandLineParser(router.Definitions, _interactions);
        _renderer = new ReplyRenderer(useAnsi, time ?? TimeProvider.System);
        _files = new ReplyFileSaver(exportFolder);
        _inbox = inbox;
    }

    /// <returns>0 at the end of the input or on <c>exit</c>; <see cref="Interrupted"/> when cancelled.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _console.WriteAsync(ChatBanner.For(_member) + "\n", cancellationToken);
            var typedExit = await ConverseAsync(cancellationToken);

            // At Ctrl+D the cursor still sits after the prompt.
            await _console.WriteAsync(_isInteractive && !typedExit ? "\nBye." : "Bye.", cancellationToken);
            return 0;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await _console.WriteAsync("\nStopped.", CancellationToken.None);
            return Interrupted;
        }
        finally
        {
            _inbox?.Close();
        }
    }

    /// <returns>True when the person typed <c>exit</c>; false at the end of the input.</returns>
    /// <remarks>
    /// One loop waits for both the next line and the next message in the inbox, so a nudge shows up
    /// while the person sits at the prompt, and output is never written from two places at once.
    /// </remarks>
    private async Task<bool> ConverseAsync(CancellationToken cancellationToken)
    {
        var nextLine = ReadAsync(cancellationToken);
        var nextMessage = WaitForMessageAsync(cancellationToken);
        while (true)
        {
            if (await Task.WhenAny(nextLine, nextMessage) == nextMessage)
            {
                await nextMessage;
                await ShowInboxAsync(atPrompt: true, cancellationToken);
                nextMessage = WaitForMessageAsync(cancellationToken);
                continue;
            }

            if (await nextLine is not { } line)
            {
                return false;
            }

            var text = line.Trim();
            if (text.Length > 0 && !text.StartsWith('#'))
            {
                if (!_isInteractive)
                {
                    await _console.WriteAsync(Prompt + text, cancellationToken);
                }

                if (text is "exit" or "quit")
                {
                    return true;
                }

                await AnswerAsync(text, cancellationToken);

                // What the command sent on its own (the /nudges on confirmation) comes right after its
                // answer, before the next line, also when the next line is already waiting in a pipe.
                if (_inbox is not null && _inbox.Reader.TryPeek(out _))
                {
                    await ShowInboxAsync(atPrompt: false, cancellationToken);
                    nextMessage = WaitForMessageAsync(cancellationToken);
                }
            }

            nextLine = ReadAsync(cancellationToken);
        }
    }

    /// <summary>Completes when the inbox has a message; never without an inbox, or once it is closed.</summary>
    private async Task WaitForMessageAsync(CancellationToken cancellationToken)
    {
        if (_inbox is null || !await _inbox.Reader.WaitToReadAsync(cancellationToken))
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
    }

    /// <param name="atPrompt">True when the person sits at the prompt, which is shown again after the messages.</param>
    /// <param name="cancellationToken">Stops the output.</param>
    private async Task ShowInboxAsync(bool atPrompt, CancellationToken cancellationToken)
    {
        while (_inbox is not null && _inbox.Reader.TryRead(out var message))
        {
            // At the prompt, the cursor sits after "> ": the message starts on a line of its own.
            await _console.WriteAsync((_isInteractive && atPrompt ? "\n" : "") + message.Heading, cancellationToken);
            await ShowAsync(message.Message, clicked: null, cancellationToken);
        }

        if (_isInteractive && atPrompt)
        {
            await _console.PromptAsync(Prompt, cancellationToken);
        }
    }

    private async Task<string?> ReadAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_isInteractive)
        {
            await _console.PromptAsync(Prompt, cancellationToken);
        }

        return await _console.ReadLineAsync(cancellationToken);
    }

    private async Task AnswerAsync(string text, CancellationToken cancellationToken)
    {
        Interaction? interaction;
        string? problem;
        if (text.All(char.IsAsciiDigit))
        {
            var (action, actionProblem) = _board.Pick(text);
            interaction = action is null ? null : _interactions.Click(action);
            problem = actionProblem;
        }
        else
        {
            (interaction, problem) = _parser.Parse(text);
        }

        var reply = interaction is null
            ? Reply.Problem(problem ?? "I could not read that line.")
            : (await _router.RouteAsync(interaction, cancellationToken)).Reply;
        if (reply is not null)
        {
            await ShowAsync(reply, interaction?.Message, cancellationToken);
        }
    }

    private async Task ShowAsync(Reply reply, Message? clicked, CancellationToken cancellationToken)
    {
        var rendered = _renderer.Render(reply, _interactions.MessageFor(reply, clicked));
        var text = rendered.Text;
        if (reply.File is { } file)
        {
            text += (text.Length > 0 ? "\n\n" : "") + await SaveAsync(file, cancellationToken);
        }

        _board.Show(reply, rendered.Actions);
        await _console.WriteAsync(text + "\n", cancellationToken);
    }

    private async Task<string> SaveAsync(ReplyFile file, CancellationToken cancellationToken)
    {
        try
        {
            var path = await _files.SaveAsync(file, cancellationToken);
            return file.Description is { } description ? $"Saved to {path} ({description})" : $"Saved to {path}";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A full disk or a read-only folder is the user's to fix; say so instead of ending the chat.
            return $"I could not save {file.FileName}: {ex.Message}";
        }
    }
}
