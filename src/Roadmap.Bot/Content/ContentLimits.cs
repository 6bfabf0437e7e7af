using Roadmap.Discord;

namespace Roadmap.Bot.Content;

/// <summary>Measures every piece of content as it will be rendered against Discord's limits.</summary>
internal static class ContentLimits
{
    public static IEnumerable<ContentProblem> Check(ContentDraft draft)
    {
        var problems = new List<ContentProblem>();
        foreach (var milestone in draft.Milestones)
        {
            var at = milestone.Source;
            Fits(ContentText.MilestoneHeading(milestone), DiscordLimits.EmbedTitle, "title", "a card title", at.At("title"), problems);
            Fits(ContentText.MilestoneChoice(milestone), DiscordLimits.ChoiceName, "title", "a menu choice (title and id)", at.At("title"), problems);
            Fits(ContentText.MilestoneBody(milestone), DiscordLimits.EmbedDescription, "summary", "a card description (summary and why)", at.At("summary"), problems);
            Fits(ContentText.Checklist(milestone), DiscordLimits.EmbedFieldValue, "checklist", "a card field", at.At("checklist"), problems);
            foreach (var stack in draft.Stacks.Select(s => s.Id).Append(null))
            {
                var shown = ContentText.ResourceList(ResourcePicker.For(milestone, stack));
                var view = stack is null ? "learners without a stack" : $"the {stack} stack";
                Fits(shown, DiscordLimits.EmbedFieldValue, "resources", $"the resources field for {view}", at.At("resources"), problems);
            }
        }

        foreach (var project in draft.Projects)
        {
            var at = project.Source;
            Fits(project.Title, DiscordLimits.EmbedTitle, "title", "a card title", at.At("title"), problems);
            Fits(ContentText.ProjectChoice(project), DiscordLimits.ChoiceName, "title", "a menu choice (title and level)", at.At("title"), problems);
            Fits(ContentText.ProjectBody(project), DiscordLimits.EmbedDescription, "summary", "a card description", at.At("summary"), problems);
            Fits(ContentText.BulletList(project.Requirements), DiscordLimits.EmbedFieldValue, "requirements", "a card field", at.At("requirements"), problems);
            Fits(ContentText.BulletList(project.Stretch), DiscordLimits.EmbedFieldValue, "stretch", "a card field", at.At("stretch"), problems);
        }

        foreach (var stage in draft.Track?.Stages ?? [])
        {
            Fits(ContentText.StageChoice(stage), DiscordLimits.SelectOptionLabel, "title", "a select menu label", stage.Source.At("title"), problems);
        }

        return problems;
    }

    private static void Fits(string rendered, int limit, string field, string where, SourceLocation at, List<ContentProblem> problems)
    {
        if (rendered.Length > limit)
        {
            problems.Add(new ContentProblem(at, $"`{field}` renders as {where} of {rendered.Length} characters; Discord allows {limit}.", $"Shorten it by at least {rendered.Length - limit} characters."));
        }
    }
}
