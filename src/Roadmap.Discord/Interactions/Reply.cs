using Roadmap.Discord.Models;

namespace Roadmap.Discord.Interactions;

/// <summary>
/// What a handler answers with. The router turns it into Discord's callback; local mode renders it
/// as text. Mentions are off unless a reply names one user to ping.
/// </summary>
public sealed record Reply
{
    public string? Content { get; init; }

    public IReadOnlyList<Embed> Embeds { get; init; } = [];

    public IReadOnlyList<ActionRow> Components { get; init; } = [];

    /// <summary>Only the caller sees it: errors, settings and confirmations.</summary>
    public bool Ephemeral { get; init; }

    public AllowedMentions AllowedMentions { get; init; } = AllowedMentions.None;

    /// <summary>A file to attach, such as the privacy export.</summary>
    public ReplyFile? File { get; init; }

    /// <summary>For a component click: edit the message the component sits on instead of sending a new one.</summary>
    public bool UpdatesMessage { get; init; }

    /// <summary>
    /// With <see cref="UpdatesMessage"/>: drop the files the message had (such as a picture its old
    /// embed showed). Discord keeps them through an edit that does not list its attachments.
    /// </summary>
    public bool DropsFiles { get; init; }

    /// <summary>
    /// A form to open instead of a message (only in answer to a command or a click). Discord shows only
    /// the form; <see cref="Content"/> is what a client that cannot show forms (local mode) shows instead.
    /// </summary>
    public Modal? Modal { get; init; }

    public static Reply Text(string content, bool ephemeral = false) => new() { Content = content, Ephemeral = ephemeral };

    /// <summary>A private answer to a request that could not be done, saying what to do instead.</summary>
    public static Reply Problem(string message) => new() { Content = message, Ephemeral = true };

    /// <summary>Opens <paramref name="modal"/>; <paramref name="instead"/> is shown where forms cannot open.</summary>
    public static Reply Form(Modal modal, string instead) => new() { Modal = modal, Content = instead, Ephemeral = true };

    public static Reply Card(Embed embed, bool ephemeral = false, params ActionRow[] components) =>
        new() { Embeds = [embed], Ephemeral = ephemeral, Components = components };

    /// <summary>The callback data, fitted to Discord's limits.</summary>
    public InteractionResponseData ToResponseData() => MessageLimits.Fit(new()
    {
        Content = Content,
        Embeds = Embeds.Count == 0 ? null : Embeds,
        Components = Components.Count == 0 ? null : Components,
        Flags = Ephemeral ? MessageFlags.Ephemeral : null,
        AllowedMentions = AllowedMentions,
        Attachments = File is not null ? [new Attachment { Id = 0, Filename = File.FileName, Description = File.Description }]
            : DropsFiles ? []
            : null,
    });

    public InteractionResponse ToResponse() => this switch
    {
        { Modal: { } modal } => InteractionResponse.OpenModal(modal),
        { UpdatesMessage: true } => InteractionResponse.Update(ToResponseData()),
        _ => InteractionResponse.Reply(ToResponseData()),
    };
}
