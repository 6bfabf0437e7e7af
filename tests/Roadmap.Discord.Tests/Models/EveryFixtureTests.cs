using System.Text.Json;
using Roadmap.Discord.Json;
using Roadmap.Discord.Models;
using Roadmap.Testing.OpenApi;

namespace Roadmap.Discord.Tests.Models;

/// <summary>Every official fixture in the REST-side folders parses, so a fixture added later is not missed.</summary>
public sealed class EveryFixtureTests
{
    private static readonly Dictionary<string, Type> RecordByFolder = new()
    {
        ["interactions"] = typeof(Interaction),
        ["users"] = typeof(User),
        ["channels"] = typeof(Channel),
        ["commands"] = typeof(ApplicationCommand),
        ["errors"] = typeof(DiscordErrorBody),
    };

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var folder in RecordByFolder.Keys.Append("messages"))
        {
            foreach (var file in Directory.GetFiles(Path.Combine(DiscordTestData.FixturesFolder, folder), "*.json").Order())
            {
                data.Add($"{folder}/{Path.GetFileName(file)}");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Deserialize_OfficialFixture_ParsesIntoItsRecord(string fixture)
    {
        var folder = fixture.Split('/')[0];
        var type = folder == "messages"
            ? fixture.EndsWith("/message.json", StringComparison.Ordinal) ? typeof(Message) : typeof(MessageBody)
            : RecordByFolder[folder];

        var parsed = JsonSerializer.Deserialize(File.ReadAllText(DiscordTestData.Fixture(fixture)), type, DiscordJson.Options);

        Assert.NotNull(parsed);
    }

    [Fact]
    public void Files_RestFixtureFolders_FindTheSeventeenSnapshotFixtures() => Assert.Equal(17, Files().Count);
}
