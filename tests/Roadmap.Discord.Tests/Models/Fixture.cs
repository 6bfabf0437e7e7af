using System.Text.Json;
using Roadmap.Discord.Json;
using Roadmap.Testing.OpenApi;

namespace Roadmap.Discord.Tests.Models;

/// <summary>Reads an official example payload from tests/Roadmap.Testing/Discord/fixtures into a record.</summary>
internal static class Fixture
{
    public static T Parse<T>(string relativePath) =>
        JsonSerializer.Deserialize<T>(File.ReadAllText(DiscordTestData.Fixture(relativePath)), DiscordJson.Options)
        ?? throw new InvalidOperationException($"{relativePath} parsed to null.");
}
