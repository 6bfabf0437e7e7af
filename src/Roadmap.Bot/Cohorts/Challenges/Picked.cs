using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Cohorts.Challenges;

/// <summary>What a typed cohort or challenge option named in the caller's server: the thing, or the answer saying why not.</summary>
internal sealed record Picked<T>(T? Value, string? Problem)
    where T : class
{
    /// <summary>The private answer for a refused pick.</summary>
    public Reply Refusal => Reply.Problem(Problem ?? "That is not one I know in this server.");

    public static Picked<T> Found(T value) => new(value, null);

    public static Picked<T> Refused(string problem) => new(null, problem);
}
