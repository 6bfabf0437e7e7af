namespace Roadmap.Bot.Content;

public enum ResourceKind
{
    Official,
    Article,
    Video,
    Course,
    Book,
    Tool,
    Interactive,
}
