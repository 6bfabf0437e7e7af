using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Roadmap.Testing.Rest;

namespace Roadmap.Testing;

/// <summary>
/// The fake REST routes under /api/v10: command registration, interaction callbacks, @original
/// edits and deletes, follow-ups, DM channels and channel messages. Every request is recorded in
/// <see cref="Requests"/>; <see cref="Limits"/> enforces Discord-style rate limits and
/// <see cref="Faults"/> injects failures on demand; <see cref="Messages"/> holds the channel messages
/// created, one per nonce when the bot enforces it.
/// </summary>
public sealed class FakeRest
{
    /// <summary>The bot token the fake accepts unless told otherwise.</summary>
    public const string DefaultToken = "fake-bot-token";

    private readonly FakeRestPipeline _pipeline;
    private FakeDiscordServer? _server;

    public FakeRest()
    {
        Limits = new FakeRateLimits(() => Time);
        Messages = new FakeCreatedMessages(() => Time);
        _pipeline = new FakeRestPipeline(this, new FakeRestBehaviours(State, Faults, Messages, () => Time));
    }

    /// <summary>The token requests must carry as <c>Authorization: Bot &lt;token&gt;</c>.</summary>
    public string Token { get; set; } = DefaultToken;

    /// <summary>The clock of rate-limit windows and recorded timestamps; tests may share a fake one with the client.</summary>
    public TimeProvider Time { get; set; } = TimeProvider.System;

    public RequestJournal Requests { get; } = new();

    public FakeRateLimits Limits { get; }

    public FakeFaults Faults { get; } = new();

    public FakeRestState State { get; } = new();

    /// <summary>The messages created in channels (DMs included), and the nonces enforced on them.</summary>
    public FakeCreatedMessages Messages { get; }

    internal FakeDiscordServer Server => _server ?? throw new InvalidOperationException("Not started.");

    internal void Map(WebApplication app, FakeDiscordServer server)
    {
        ArgumentNullException.ThrowIfNull(app);
        _server = server;
        var b = _pipeline.Behaviours;
        Route(app, "PUT", "/applications/{application_id}/commands",
            new(FakeRoutes.BulkOverwriteGlobalCommands, null, false, r => b.BulkOverwrite(r, isGuild: false)));
        Route(app, "PUT", "/applications/{application_id}/guilds/{guild_id}/commands",
            new(FakeRoutes.BulkOverwriteGuildCommands, "guild_id", false, r => b.BulkOverwrite(r, isGuild: true)));
        Route(app, "POST", "/interactions/{interaction_id}/{interaction_token}/callback",
            new(FakeRoutes.InteractionCallback, "interaction_id", true, b.Callback) { SubjectParameter = "interaction_id" });
        Route(app, "PATCH", "/webhooks/{application_id}/{interaction_token}/messages/@original",
            new(FakeRoutes.EditOriginal, "interaction_token", true, b.EditOriginal));
        Route(app, "DELETE", "/webhooks/{application_id}/{interaction_token}/messages/@original",
            new(FakeRoutes.DeleteOriginal, "interaction_token", true, b.DeleteOriginal));
        Route(app, "POST", "/webhooks/{application_id}/{interaction_token}",
            new(FakeRoutes.CreateFollowup, "interaction_token", true, b.Followup));
        Route(app, "POST", "/users/@me/channels",
            new(FakeRoutes.CreateDm, null, false, b.CreateDm));
        Route(app, "POST", "/channels/{channel_id}/messages",
            new(FakeRoutes.CreateMessage, "channel_id", false, b.CreateMessage) { SubjectParameter = "channel_id" });
        Route(app, "PATCH", "/channels/{channel_id}/messages/{message_id}",
            new(FakeRoutes.EditMessage, "channel_id", false, b.EditMessage) { SubjectParameter = "channel_id" });
    }

    private void Route(WebApplication app, string method, string template, FakeRouteSpec spec) =>
        app.MapMethods("/api/v10" + template, [method], (HttpContext context) => _pipeline.HandleAsync(context, spec));
}
