namespace Roadmap.Bot.Content;

internal enum ResourceKind
{
    Official,
    Article,
    Video,
    Course,
    Book,
    Tool,
    Interactive,
}
