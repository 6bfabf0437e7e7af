namespace Roadmap.Discord.Tests.Gateway.Fakes;

/// <summary>A <see cref="Random"/> that always draws <paramref name="value"/>, so jitter-dependent timings are exact.</summary>
public sealed class FixedRandom(double value) : Random
{
    public override double NextDouble() => value;

    protected override double Sample() => value;
}
