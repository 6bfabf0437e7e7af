namespace Roadmap.Testing.Gateway;

/// <summary>One session on the fake: its id, every dispatch with its sequence, and how far it was sent.</summary>
internal sealed class FakeGatewaySession(string id)
{
    private readonly List<FakeGatewayEvent> _events = [];

    public string Id => id;

    /// <summary>The highest sequence written to a socket.</summary>
    public int SentThrough { get; set; }

    public int LastSequence => _events.Count == 0 ? 0 : _events[^1].Sequence;

    public FakeGatewayEvent Append(string name, string dataJson)
    {
        var dispatch = new FakeGatewayEvent(LastSequence + 1, name, dataJson);
        _events.Add(dispatch);
        return dispatch;
    }

    public IEnumerable<FakeGatewayEvent> After(int sequence) =>
        _events.Where(e => e.Sequence > sequence && e.IsReplayable);

    /// <summary>Events never written to any socket; they move to the next session when this one ends.</summary>
    public IEnumerable<FakeGatewayEvent> Unsent() => After(SentThrough);
}
