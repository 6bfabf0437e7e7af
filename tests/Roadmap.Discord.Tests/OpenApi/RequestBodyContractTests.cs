using System.Text.Json;
using Roadmap.Discord.Models;
using Roadmap.Discord.Tests.Rest;
using Roadmap.Testing.OpenApi;
using Roadmap.Testing.Rest;

namespace Roadmap.Discord.Tests.OpenApi;

/// <summary>What the client actually puts on the wire, captured by the fake, checked against openapi.json.</summary>
public sealed class RequestBodyContractTests
{
    private const string CallbackPath = "/interactions/{interaction_id}/{interaction_token}/callback";
    private static readonly OpenApiSpec Spec = OpenApiSpec.Discord;
    private static readonly OpenApiValidator Validator = OpenApiValidator.Discord;

    [Fact]
    public async Task BulkOverwriteGuildCommandsAsync_SampleCommands_BodyMatchesTheSpec()
    {
        await using var harness = await RestHarness.StartAsync();

        await harness.Client.BulkOverwriteGuildCommandsAsync(1, 2, SampleCommands.All, CancellationToken.None);

        var body = Assert.Single(harness.Fake.Requests.ForRoute(FakeRoutes.BulkOverwriteGuildCommands)).Body;
        using var document = JsonDocument.Parse(body);
        var violations = Validator.Validate(document.RootElement, Spec.RequestBodySchema("/applications/{application_id}/guilds/{guild_id}/commands", "put"));
        Assert.Empty(SpecDiscrepancies.WithoutDocumentedOnes(violations));
        Assert.Equal(4, document.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task BulkOverwriteGlobalCommandsAsync_EachCommand_MatchesApplicationCommandCreateRequest()
    {
        await using var harness = await RestHarness.StartAsync();

        await harness.Client.BulkOverwriteGlobalCommandsAsync(1, SampleCommands.All, CancellationToken.None);

        using var document = JsonDocument.Parse(Assert.Single(harness.Fake.Requests.ForRoute(FakeRoutes.BulkOverwriteGlobalCommands)).Body);
        Assert.Empty(SpecDiscrepancies.WithoutDocumentedOnes(
            Validator.Validate(document.RootElement, Spec.RequestBodySchema("/applications/{application_id}/commands", "put"))));
        foreach (var command in document.RootElement.EnumerateArray())
        {
            Assert.Empty(SpecDiscrepancies.WithoutDocumentedOnes(Validator.Validate(command, Spec.Schema("ApplicationCommandCreateRequest"))));
        }
    }

    [Fact]
    public void Validate_PermissionsAsDocsString_IsTheOnlyForgivenViolationAndAValidBitset()
    {
        var json = JsonSerializer.Serialize(SampleCommands.All[3], Json.DiscordJson.Options);

        var violations = Validator.Validate(json, "ApplicationCommandCreateRequest");

        Assert.True(SpecDiscrepancies.IsPermissionsAsString(Assert.Single(violations)));
        Assert.True(SpecDiscrepancies.IsValidPermissionString(SampleCommands.All[3].DefaultMemberPermissions));
    }

    public static TheoryData<string, string> Responses() => new()
    {
        { "reply", "CreateMessageInteractionCallbackRequest" },
        { "defer", "CreateMessageInteractionCallbackRequest" },
        { "autocomplete", "ApplicationCommandAutocompleteCallbackRequest" },
        { "update", "UpdateMessageInteractionCallbackRequest" },
        { "defer-update", "UpdateMessageInteractionCallbackRequest" },
        { "pong", "PongInteractionCallbackRequest" },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task CreateInteractionResponseAsync_EachResponseKind_BodyMatchesTheSpec(string kind, string schema)
    {
        await using var harness = await RestHarness.StartAsync();

        await harness.Client.CreateInteractionResponseAsync(10, "tok", SampleResponses.Of(kind), CancellationToken.None);

        using var document = JsonDocument.Parse(Assert.Single(harness.Fake.Requests.ForRoute(FakeRoutes.InteractionCallback)).Body);
        Assert.Empty(Validator.Validate(document.RootElement, Spec.RequestBodySchema(CallbackPath, "post")));
        Assert.Empty(Validator.Validate(document.RootElement, Spec.Schema(schema)));
    }

    [Fact]
    public async Task CreateInteractionResponseAsync_WithFile_PayloadJsonMatchesTheSpecAndListsTheAttachment()
    {
        await using var harness = await RestHarness.StartAsync();
        var file = new Discord.Rest.DiscordFile("export.json", "{\"milestones\":[]}"u8.ToArray(), "application/json");

        await harness.Client.CreateInteractionResponseAsync(10, "tok", SampleResponses.Of("reply"), file, CancellationToken.None);

        var request = Assert.Single(harness.Fake.Requests.ForRoute(FakeRoutes.InteractionCallback));
        using var document = JsonDocument.Parse(request.Body);
        Assert.Empty(Validator.Validate(document.RootElement, Spec.Schema("CreateMessageInteractionCallbackRequest")));
        Assert.Equal("export.json", document.RootElement.GetProperty("data").GetProperty("attachments")[0].GetProperty("filename").GetString());
        var upload = Assert.Single(request.Files);
        Assert.Equal(("files[0]", "export.json"), (upload.PartName, upload.FileName));
        Assert.Equal("{\"milestones\":[]}"u8.ToArray(), upload.Content);
    }

    [Fact]
    public async Task MessageRoutes_SampleBody_MatchTheirSpecSchemas()
    {
        await using var harness = await RestHarness.StartAsync();
        var client = harness.Client;

        await client.CreateInteractionResponseAsync(10, "tok", InteractionResponse.Defer(ephemeral: true), CancellationToken.None);
        await client.EditOriginalResponseAsync(1, "tok", SampleResponses.Body, CancellationToken.None);
        await client.CreateFollowupMessageAsync(1, "tok", SampleResponses.Body, CancellationToken.None);
        var dm = await client.CreateDmChannelAsync(42, CancellationToken.None);
        await client.CreateMessageAsync(dm.Id, SampleResponses.Body, CancellationToken.None);
        await client.EditMessageAsync(dm.Id, 5, SampleResponses.Body, CancellationToken.None);

        AssertBodyMatches(harness, FakeRoutes.EditOriginal, Spec.RequestBodySchema("/webhooks/{webhook_id}/{webhook_token}/messages/@original", "patch"));
        AssertBodyMatches(harness, FakeRoutes.CreateFollowup, Spec.Schema("IncomingWebhookRequestPartial"));
        AssertBodyMatches(harness, FakeRoutes.CreateDm, Spec.RequestBodySchema("/users/@me/channels", "post"));
        AssertBodyMatches(harness, FakeRoutes.CreateMessage, Spec.RequestBodySchema("/channels/{channel_id}/messages", "post"));
        AssertBodyMatches(harness, FakeRoutes.EditMessage, Spec.RequestBodySchema("/channels/{channel_id}/messages/{message_id}", "patch"));
    }

    [Fact]
    public async Task CreateMessageAsync_WithNonceAndEnforceNonce_BodyMatchesTheSpecInSnakeCase()
    {
        await using var harness = await RestHarness.StartAsync();
        var body = SampleResponses.Body with { Nonce = "nudge-42-1767261600", EnforceNonce = true };

        await harness.Client.CreateMessageAsync(7, body, CancellationToken.None);

        AssertBodyMatches(harness, FakeRoutes.CreateMessage, Spec.RequestBodySchema("/channels/{channel_id}/messages", "post"));
        using var document = JsonDocument.Parse(Assert.Single(harness.Fake.Requests.ForRoute(FakeRoutes.CreateMessage)).Body);
        Assert.Equal("nudge-42-1767261600", document.RootElement.GetProperty("nonce").GetString());
        Assert.True(document.RootElement.GetProperty("enforce_nonce").GetBoolean());
    }

    [Fact]
    public void Validate_NonceOver25Characters_IsAViolation()
    {
        var json = JsonSerializer.Serialize(new MessageBody { Content = "hi", Nonce = new string('n', 26), EnforceNonce = true }, Json.DiscordJson.Options);

        Assert.NotEmpty(Validator.Validate(json, "MessageCreateRequest"));
    }

    private static void AssertBodyMatches(RestHarness harness, string route, JsonElement schema)
    {
        using var document = JsonDocument.Parse(Assert.Single(harness.Fake.Requests.ForRoute(route)).Body);
        Assert.Empty(Validator.Validate(document.RootElement, schema));
    }
}
