using System.Text.Json;
using Roadmap.Benchmarks.Data;
using Roadmap.Bot.Content;
using Roadmap.Discord.Json;
using Roadmap.Discord.Models;
using Roadmap.Testing;

namespace Roadmap.Benchmarks.Load;

/// <summary>
/// What members send, in a mix a live server would: mostly typing a milestone (autocomplete on
/// <c>/step</c> and <c>/done</c>), then <c>/next</c>, <c>/step</c> and <c>/progress</c>, and a few
/// <c>/done</c> that write. Members are drawn at random (seeded) from all 100,000; every interaction has
/// its own id and token, as Discord's do. Built ahead of a run so the harness only sends during it.
/// </summary>
public sealed class LoadMix(RoadmapContent content, int seed)
{
    /// <summary>The first interaction id; ids count up from here, so an id tells its index.</summary>
    public const ulong FirstId = 1_400_000_000_000_000_000;

    private readonly Random _random = new(seed);
    private readonly string[] _milestones = [.. content.Milestones.Select(m => m.Id)];
    private ulong _nextId = FirstId;

    /// <summary>Percent of the mix per kind, in the order <see cref="Next"/> picks them.</summary>
    public static IReadOnlyList<(string Kind, int Percent)> Shares { get; } =
    [
        ("autocomplete /step", 30),
        ("autocomplete /done", 10),
        ("/next", 20),
        ("/step", 20),
        ("/progress", 15),
        ("/done", 5),
    ];

    /// <summary>The prefix of every interaction token; the id follows it, so a webhook path tells its interaction.</summary>
    public const string TokenPrefix = "load-token-";

    /// <summary>The next interaction as the JSON the gateway dispatches.</summary>
    public (ulong Id, JsonElement Json) Next()
    {
        var (id, json, _) = NextWithKind();
        return (id, json);
    }

    /// <summary>The next interaction and its kind, one of <see cref="Shares"/>.</summary>
    public (ulong Id, JsonElement Json, string Kind) NextWithKind()
    {
        var member = DatasetShape.MemberId(_random.Next(DatasetShape.MemberCount));
        var kind = Pick();
        var (id, json) = Frame(Build(kind, member));
        return (id, json, kind);
    }

    /// <summary><c>/roadmap</c> by <paramref name="member"/>, numbered in the same sequence as the mix.</summary>
    public (ulong Id, JsonElement Json) Roadmap(ulong member) => Frame(InteractionFactory.CommandBy(member, "member", "roadmap"));

    private (ulong Id, JsonElement Json) Frame(Interaction interaction)
    {
        interaction = interaction with
        {
            Id = _nextId,
            ApplicationId = FakeGateway.ApplicationId,
            Token = $"{TokenPrefix}{_nextId}",
        };
        _nextId++;
        return (interaction.Id, JsonSerializer.SerializeToElement(interaction, DiscordJson.Options));
    }

    private string Pick()
    {
        var roll = _random.Next(100);
        foreach (var (kind, percent) in Shares)
        {
            if (roll < percent)
            {
                return kind;
            }

            roll -= percent;
        }

        return Shares[^1].Kind;
    }

    private Interaction Build(string kind, ulong member) => kind switch
    {
        "autocomplete /step" => Typing(member, "step"),
        "autocomplete /done" => Typing(member, "done"),
        "/step" or "/done" => InteractionFactory.CommandBy(member, "member", kind[1..], InteractionFactory.Option("milestone", Milestone())),
        _ => InteractionFactory.CommandBy(member, "member", kind[1..]),
    };

    private Interaction Typing(ulong member, string command) =>
        InteractionFactory.CommandBy(member, "member", command, InteractionFactory.Option("milestone", Typed(), focused: true)) with
        {
            Type = InteractionType.ApplicationCommandAutocomplete,
        };

    /// <summary>What is in the box so far: a benchmark word or the first letters of a real milestone.</summary>
    private string Typed()
    {
        if (_random.Next(2) == 0)
        {
            return Scenarios.Typed[_random.Next(Scenarios.Typed.Count)];
        }

        var id = Milestone();
        return id[..Math.Min(id.Length, 1 + _random.Next(6))];
    }

    private string Milestone() => _milestones[_random.Next(_milestones.Length)];
}
