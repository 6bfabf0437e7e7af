namespace Roadmap.Discord.Gateway;

/// <summary>
/// Heartbeats one connection: the first after interval × random[0,1), then one per interval. When
/// a heartbeat is due and the previous one was never acknowledged, the connection is a zombie.
/// </summary>
internal sealed class GatewayHeartbeat(GatewaySender sender, GatewaySession session, TimeProvider time, Func<double> random)
{
    private int _acknowledged = 1;

    public void Acknowledge() => Volatile.Write(ref _acknowledged, 1);

    /// <summary>Answers op 1 at once; it does not change whether the scheduled heartbeat was acknowledged.</summary>
    public Task SendNowAsync(CancellationToken cancellationToken) =>
        sender.SendAsync(GatewayOpcode.Heartbeat, session.Sequence, cancellationToken);

    /// <summary>Runs until cancelled; returns only when the connection turned out to be a zombie.</summary>
    public async Task RunUntilZombieAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        await Task.Delay(interval * random(), time, cancellationToken).ConfigureAwait(false);
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            if (Interlocked.Exchange(ref _acknowledged, 0) == 0)
            {
                return;
            }

            await SendNowAsync(cancellationToken).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false));
    }
}
