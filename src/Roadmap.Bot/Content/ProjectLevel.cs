namespace Roadmap.Bot.Content;

internal enum ProjectLevel
{
    Beginner,
    Intermediate,
    Advanced,
}
