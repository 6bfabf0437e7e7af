namespace Roadmap.Bot.Cards;

/// <summary>Embed accent colours, so a learner can tell the kind of card at a glance.</summary>
internal static class Colors
{
    public const int Milestone = 0x3B82F6;
    public const int Next = 0x10B981;
    public const int Progress = 0x8B5CF6;
    public const int Project = 0xF59E0B;
    public const int Resources = 0x06B6D4;
    public const int Help = 0x64748B;
    public const int Cohort = 0xEC4899;
}
