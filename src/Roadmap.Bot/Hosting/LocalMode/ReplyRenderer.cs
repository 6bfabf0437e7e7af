using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Hosting.LocalMode;

/// <summary>
/// A reply as readable terminal text: who can see it, the content, each embed, then the numbered
/// actions. ANSI styles are used only when <paramref name="useAnsi"/> says the output is a real
/// terminal, so piped transcripts stay plain. Relative timestamps count from <paramref name="time"/>'s now.
/// A form (a modal) cannot open in a terminal: its title and fields are named, then the reply's own
/// text, which says how to do the same with a command.
/// </summary>
internal sealed class ReplyRenderer(bool useAnsi, TimeProvider time)
{
    public const string EphemeralMarker = "(only you can see this)";
    public const string UpdateMarker = "(updates the message above)";

    private readonly EmbedRenderer _embeds = new(useAnsi, time);

    /// <param name="reply">What the router answered.</param>
    /// <param name="source">The message the reply becomes; clicks on its actions carry it.</param>
    public RenderedReply Render(Reply reply, Message source)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var blocks = new List<string>();
        var markers = string.Join(' ', new[] { reply.UpdatesMessage ? UpdateMarker : null, reply.Ephemeral ? EphemeralMarker : null }.OfType<string>());
        var head = new List<string>();
        if (markers.Length > 0)
        {
            head.Add(markers);
        }

        if (reply.Modal is { } modal)
        {
            var fields = modal.Components.SelectMany(row => row.Components).OfType<TextInput>().Select(input => input.Label ?? input.CustomId);
            head.Add($"On Discord this opens a form, \"{modal.Title}\", asking for: {string.Join(", ", fields)}. Forms can't open here.");
        }

        if (!string.IsNullOrWhiteSpace(reply.Content))
        {
            head.Add(DiscordMarkdown.ToReadable(reply.Content.ReplaceLineEndings("\n").Trim(), useAnsi, time.GetUtcNow()));
        }

        if (head.Count > 0)
        {
            blocks.Add(string.Join('\n', head));
        }

        blocks.AddRange(reply.Embeds.Select(_embeds.Render).Where(text => text.Length > 0));
        var components = ComponentRenderer.Render(reply.Components, source);
        if (components.Text.Length > 0)
        {
            blocks.Add(components.Text);
        }

        return new RenderedReply(string.Join("\n\n", blocks), components.Actions);
    }
}
