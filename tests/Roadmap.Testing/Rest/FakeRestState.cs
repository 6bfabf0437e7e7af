using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Roadmap.Testing.Rest;

/// <summary>What the fake remembers: registered commands, answered interactions, DM channels.</summary>
public sealed class FakeRestState
{
    private readonly ConcurrentDictionary<string, JsonArray> _commands = new();
    private readonly ConcurrentDictionary<ulong, string> _answered = new();
    private readonly ConcurrentDictionary<string, ulong> _originalByToken = new();
    private readonly ConcurrentDictionary<ulong, ulong> _dmChannelByUser = new();
    private readonly ConcurrentDictionary<ulong, ulong> _userByDmChannel = new();
    private long _nextId = 1_300_000_000_000_000_000;

    /// <summary>The bot user that authors every message the fake creates.</summary>
    public ulong BotUserId { get; set; } = 1_200_000_000_000_000_001;

    /// <summary>The commands last registered for the application, globally (guild 0) or in one guild.</summary>
    public JsonArray? Commands(ulong applicationId, ulong guildId = 0) =>
        _commands.TryGetValue($"{applicationId}/{guildId}", out var commands) ? commands : null;

    public bool WasAnswered(ulong interactionId) => _answered.ContainsKey(interactionId);

    public ulong? DmChannelOf(ulong userId) => _dmChannelByUser.TryGetValue(userId, out var id) ? id : null;

    internal ulong NextId() => (ulong)Interlocked.Increment(ref _nextId);

    internal void SetCommands(ulong applicationId, ulong guildId, JsonArray commands) =>
        _commands[$"{applicationId}/{guildId}"] = commands;

    /// <summary>Records the callback; false when the interaction was already answered.</summary>
    internal bool TryAnswer(ulong interactionId, string token)
    {
        if (!_answered.TryAdd(interactionId, token))
        {
            return false;
        }

        _originalByToken[token] = NextId();
        return true;
    }

    internal ulong? OriginalMessageFor(string token) => _originalByToken.TryGetValue(token, out var id) ? id : null;

    internal ulong OpenDm(ulong userId)
    {
        var channelId = _dmChannelByUser.GetOrAdd(userId, _ => NextId());
        _userByDmChannel[channelId] = userId;
        return channelId;
    }

    internal ulong? RecipientOf(ulong channelId) => _userByDmChannel.TryGetValue(channelId, out var user) ? user : null;
}
