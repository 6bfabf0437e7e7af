using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Roadmap.Bot.Cohorts;
using Roadmap.Bot.Members;
using Roadmap.Bot.Nudges;
using Roadmap.Bot.Progress;
using Roadmap.Discord.Json;

namespace Roadmap.Bot.Privacy;

/// <summary>Every row the database holds about one member, one list per table, for /privacy export.</summary>
internal sealed record PrivacyExport
{
    private static readonly JsonTypeInfo<PrivacyExport> JsonType = new PrivacyJsonContext(CreateJsonOptions()).PrivacyExport;

    public required ulong MemberId { get; init; }

    public required DateTimeOffset ExportedAt { get; init; }

    /// <summary>The <c>members</c> row; null when the member has none.</summary>
    public Member? Member { get; init; }

    public required IReadOnlyList<ProgressRow> Progress { get; init; }

    public required IReadOnlyList<ProgressEventRow> ProgressEvents { get; init; }

    public required IReadOnlyList<GuildMemberRow> GuildMembers { get; init; }

    /// <summary>The <c>nudge_settings</c> row; null when the member never set nudges up.</summary>
    public NudgeSettingsRow? NudgeSettings { get; init; }

    /// <summary>Every nudge the bot claimed for the member, and what became of it.</summary>
    public required IReadOnlyList<NudgeRow> Nudges { get; init; }

    /// <summary>The cohorts the member is in.</summary>
    public required IReadOnlyList<CohortMemberRow> CohortMembers { get; init; }

    /// <summary>The member's done milestones as each of their cohorts' boards counts them.</summary>
    public required IReadOnlyList<CohortCompletionRow> CohortCompletions { get; init; }

    /// <summary>The challenges the member joined.</summary>
    public required IReadOnlyList<ChallengeMemberRow> ChallengeMembers { get; init; }

    /// <summary>Every link the member submitted to a challenge, replaced ones included, and its review.</summary>
    public required IReadOnlyList<ChallengeSubmissionRow> ChallengeSubmissions { get; init; }

    /// <summary>
    /// Indented JSON with snake_case names, ids as strings (they exceed what JavaScript reads exactly)
    /// and enums as words.
    /// </summary>
    public string ToJson() => JsonSerializer.Serialize(this, JsonType);

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions(DiscordJson.Options)
        {
            WriteIndented = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };
        // Visibility is the export's only enum; the generic converter needs no run-time code generation.
        options.Converters.Add(new JsonStringEnumConverter<Visibility>(JsonNamingPolicy.SnakeCaseLower));
        return options;
    }
}
