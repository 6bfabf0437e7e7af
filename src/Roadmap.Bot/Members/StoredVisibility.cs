namespace Roadmap.Bot.Members;

/// <summary>
/// The text a visibility has in the database. Dapper would write enums as numbers, so the stores
/// pass these strings instead.
/// </summary>
internal static class StoredVisibility
{
    public static string Of(Visibility visibility) => visibility switch
    {
        Visibility.Private => "private",
        Visibility.Server => "server",
        Visibility.Public => "public",
        _ => throw new ArgumentOutOfRangeException(nameof(visibility), visibility, "Unknown visibility."),
    };
}
