using Microsoft.Extensions.Logging;

namespace Roadmap.Discord.Gateway;

/// <summary>
/// Stands between the client and every IDENTIFY: it reads <c>session_start_limit</c> and waits
/// <c>reset_after</c> when no session starts remain (Discord resets the token past 1000 a day), and
/// allows at most <c>max_concurrency</c> IDENTIFYs per identify window.
/// </summary>
internal sealed class IdentifyGuard(IGatewayBotSource source, GatewayOptions options, TimeProvider time, ILogger logger)
{
    private readonly Queue<long> _recent = new();

    /// <summary>Returns the gateway info once an IDENTIFY may be sent; the caller must then send it.</summary>
    public async Task<GatewayBotInfo> WaitForTurnAsync(CancellationToken cancellationToken)
    {
        var info = await source.GetGatewayBotAsync(cancellationToken).ConfigureAwait(false);
        while (info.SessionStartLimit.Remaining <= 0)
        {
            var wait = TimeSpan.FromMilliseconds(info.SessionStartLimit.ResetAfter);
            if (wait < options.IdentifyWindow)
            {
                wait = options.IdentifyWindow;
            }

            GatewayLog.SessionStartLimitReached(logger, info.SessionStartLimit.Total, wait);
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            info = await source.GetGatewayBotAsync(cancellationToken).ConfigureAwait(false);
        }

        await WaitForConcurrencySlotAsync(Math.Max(1, info.SessionStartLimit.MaxConcurrency), cancellationToken).ConfigureAwait(false);
        return info;
    }

    private async Task WaitForConcurrencySlotAsync(int maxConcurrency, CancellationToken cancellationToken)
    {
        while (true)
        {
            var now = time.GetTimestamp();
            while (_recent.Count > 0 && time.GetElapsedTime(_recent.Peek(), now) >= options.IdentifyWindow)
            {
                _recent.Dequeue();
            }

            if (_recent.Count < maxConcurrency)
            {
                _recent.Enqueue(now);
                return;
            }

            var wait = options.IdentifyWindow - time.GetElapsedTime(_recent.Peek(), now);
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
