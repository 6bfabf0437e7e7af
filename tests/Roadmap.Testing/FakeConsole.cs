using System.Text.Json;
using Roadmap.Discord.Json;

namespace Roadmap.Testing;

/// <summary>
/// Turns lines typed at the standalone fake (`/done milestone:http-basics`) into interactions sent
/// through the fake gateway, and prints the callback the bot answers with. Option values are sent
/// as text; that is enough for trying the bot by hand.
/// </summary>
public sealed class FakeConsole(FakeDiscordServer server, TextWriter output)
{
    private static long _nextId = 1400000000000000000;

    public async Task RunAsync(TextReader input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        while (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (!line.StartsWith('/'))
            {
                continue;
            }

            if (!server.Gateway.IsClientAttached)
            {
                await output.WriteLineAsync("No bot is connected yet; start it first.").ConfigureAwait(false);
                continue;
            }

            await SendAsync(line, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task SendAsync(string line, CancellationToken cancellationToken)
    {
        var words = line[1..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var options = words.Skip(1).Select(w => w.Split(':', 2)).Where(pair => pair.Length == 2)
            .Select(pair => InteractionFactory.Option(pair[0], pair[1])).ToArray();
        var id = (ulong)Interlocked.Increment(ref _nextId);
        var interaction = InteractionFactory.Command(words[0], options) with { Id = id, ApplicationId = FakeGateway.ApplicationId, Token = $"manual-{id}" };
        await server.Gateway.DispatchAsync("INTERACTION_CREATE", JsonSerializer.SerializeToElement(interaction, DiscordJson.Options)).ConfigureAwait(false);
        try
        {
            var callback = await server.Rest.Requests.WaitForCallbackAsync(id, TimeSpan.FromSeconds(5)).WaitAsync(cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"Discord received: {callback.Body}").ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            await output.WriteLineAsync("No answer within 5 seconds.").ConfigureAwait(false);
        }
    }
}
