using System.Globalization;
using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Cohorts.Challenges;

/// <summary>
/// The custom ids of a challenge announcement's buttons and of the Submit form. Each carries only
/// the challenge id, which the handler looks up in the server the click came from, so a forged id
/// from another server is unknown.
/// </summary>
internal static class ChallengeButtons
{
    public const string Handler = "challenge";
    public const string JoinAction = "join";
    public const string SubmitAction = "submit";
    public const string FormAction = "form";
    public const string LinkField = "link";
    public const string NoteField = "note";

    public static string Join(long challengeId) => CustomId.Create(Handler, JoinAction, Text(challengeId));

    public static string Submit(long challengeId) => CustomId.Create(Handler, SubmitAction, Text(challengeId));

    public static string Form(long challengeId) => CustomId.Create(Handler, FormAction, Text(challengeId));

    private static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);
}
