namespace Roadmap.Testing.Rest;

/// <summary>The names the fake gives its REST routes, used to aim limits and faults at one route.</summary>
public static class FakeRoutes
{
    public const string BulkOverwriteGlobalCommands = "bulk_overwrite_global_commands";
    public const string BulkOverwriteGuildCommands = "bulk_overwrite_guild_commands";
    public const string InteractionCallback = "interaction_callback";
    public const string EditOriginal = "edit_original";
    public const string DeleteOriginal = "delete_original";
    public const string CreateFollowup = "create_followup";
    public const string CreateDm = "create_dm";
    public const string CreateMessage = "create_message";
    public const string EditMessage = "edit_message";
}
