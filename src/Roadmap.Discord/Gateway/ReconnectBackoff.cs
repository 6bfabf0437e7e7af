namespace Roadmap.Discord.Gateway;

/// <summary>
/// Exponential backoff with jitter between reconnects: the ceiling doubles per failed attempt up to
/// the maximum, and the delay is drawn from the upper half of it so reconnects never synchronise.
/// </summary>
internal sealed class ReconnectBackoff(TimeSpan baseDelay, TimeSpan maxDelay, Func<double> random)
{
    private int _failures;

    /// <summary>Called once a connection reached READY or RESUMED.</summary>
    public void Reset() => _failures = 0;

    public TimeSpan NextDelay()
    {
        var ceiling = baseDelay * Math.Pow(2, _failures);
        if (ceiling > maxDelay)
        {
            ceiling = maxDelay;
        }

        _failures = Math.Min(_failures + 1, 30);
        return ceiling * (0.5 + (0.5 * random()));
    }
}
