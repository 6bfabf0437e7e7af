namespace Roadmap.Bot.Content;

public enum ProjectLevel
{
    Beginner,
    Intermediate,
    Advanced,
}
