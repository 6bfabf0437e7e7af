namespace Roadmap.Testing.Gateway;

/// <summary>The session_start_limit the fake's <c>GET /gateway/bot</c> reports. Real IDENTIFYs decrement it.</summary>
public sealed class FakeSessionStartLimit
{
    private readonly Lock _lock = new();
    private int _remaining = 1000;

    public int Total { get; set; } = 1000;

    public int Remaining
    {
        get { lock (_lock) { return _remaining; } }
        set { lock (_lock) { _remaining = value; } }
    }

    /// <summary>Milliseconds until the limit resets.</summary>
    public int ResetAfter { get; set; } = 14_400_000;

    public int MaxConcurrency { get; set; } = 1;

    /// <summary>IDENTIFYs that arrived with nothing remaining: Discord would reset the bot's token.</summary>
    public int Violations { get; private set; }

    internal void TakeOne()
    {
        lock (_lock)
        {
            if (_remaining > 0)
            {
                _remaining--;
            }
            else
            {
                Violations++;
            }
        }
    }
}
