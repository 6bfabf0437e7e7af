using Roadmap.Bot.Content;




namespace Roadmap.Bot.Tests.Content;

public sealed class ResourcePickerTests
{
    private static readonly SourceLocation Source = new("m.yml", 1);

    private static readonly Milestone Milestone = new(
        "web-framework", "Web framework", "s", "w", 10, [], ["a", "b", "c"],
        [
            Resource("General article", ResourceKind.Article),
            Resource("Django docs", ResourceKind.Official, "python"),
            Resource("General docs", ResourceKind.Official),
            Resource("Gin docs", ResourceKind.Official, "go"),
            Resource("Django video", ResourceKind.Video, "python"),
        ],
        IsStackSpecific: true,
        Source);

    [Fact]
    public void For_MemberWithStack_TheirStackFirstThenGeneralOfficialFirst()
    {
        var titles = ResourcePicker.For(Milestone, "python").Select(r => r.Title);

        Assert.Equal(["Django docs", "Django video", "General docs", "General article"], titles);
    }

    [Fact]
    public void For_MemberWithoutStack_OnlyGeneralResources()
    {
        var titles = ResourcePicker.For(Milestone, null).Select(r => r.Title);

        Assert.Equal(["General docs", "General article"], titles);
    }

    private static Resource Resource(string title, ResourceKind kind, params string[] stacks) =>
        new(title, new Uri("https://example.org/" + title.Replace(' ', '-')), kind, IsFree: true, stacks, Source);
}
