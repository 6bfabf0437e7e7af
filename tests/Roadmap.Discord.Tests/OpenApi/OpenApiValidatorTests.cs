using System.Text.Json;
using Roadmap.Testing.OpenApi;

namespace Roadmap.Discord.Tests.OpenApi;

/// <summary>The validator itself must catch what Discord would reject, or the contract tests prove nothing.</summary>
public sealed class OpenApiValidatorTests
{
    private static readonly OpenApiValidator Validator = OpenApiValidator.Discord;

    [Fact]
    public void Validate_ValidCommand_ReportsNothing()
    {
        var violations = Validator.Validate("""{"name":"next","description":"What to do now","type":1}""", "ApplicationCommandCreateRequest");

        Assert.Empty(violations);
    }

    [Fact]
    public void Validate_NameLongerThan32_ReportsMaxLengthAtName()
    {
        var violations = Validator.Validate($$"""{"name":"{{new string('a', 33)}}","description":"x"}""", "ApplicationCommandCreateRequest");

        var violation = Assert.Single(violations);
        Assert.Equal("$.name", violation.Path);
        Assert.Contains("maxLength 32", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingRequiredName_ReportsTheMissingField()
    {
        var violations = Validator.Validate("""{"description":"x"}""", "ApplicationCommandCreateRequest");

        Assert.Equal("$.name", Assert.Single(violations).Path);
    }

    [Fact]
    public void Validate_OptionOfUnknownType_ReportsNoOneOfMatchAtTheOption()
    {
        var violations = Validator.Validate(
            """{"name":"x","description":"x","options":[{"type":42,"name":"a","description":"b"}]}""", "ApplicationCommandCreateRequest");

        Assert.Contains(violations, v => v.Path == "$.options[0]" && v.Message.Contains("oneOf", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_StringOptionDescriptionTooLong_ReportsTheNestedPath()
    {
        var violations = Validator.Validate(
            $$"""{"name":"x","description":"x","options":[{"type":3,"name":"a","description":"{{new string('d', 101)}}"}]}""",
            "ApplicationCommandCreateRequest");

        Assert.Contains(violations, v => v.Path == "$.options[0].description" && v.Message.Contains("maxLength 100", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_SnowflakeThatIsNotDigits_ReportsThePattern()
    {
        var violations = Validator.Validate("""{"recipient_id":"abc"}""", "CreatePrivateChannelRequest");

        Assert.Contains(violations, v => v.Path == "$.recipient_id");
    }

    [Fact]
    public void Validate_EmbedColorAboveMaximum_ReportsTheRange()
    {
        var violations = Validator.Validate("""{"title":"t","color":16777216}""", "RichEmbed");

        Assert.Equal("$.color", Assert.Single(violations).Path);
    }

    [Fact]
    public void Validate_ContentOver2000InInteractionReply_ReportsMaxLength()
    {
        var violations = Validator.Validate($$"""{"content":"{{new string('c', 2001)}}"}""", "IncomingWebhookInteractionRequest");

        Assert.Equal("$.content", Assert.Single(violations).Path);
    }

    [Fact]
    public void Validate_NullWhereTypeArrayAllowsIt_ReportsNothing()
    {
        var violations = Validator.Validate("""{"content":null,"flags":null}""", "IncomingWebhookInteractionRequest");

        Assert.Empty(violations);
    }

    [Fact]
    public void Validate_AdditionalPropertiesFalse_ReportsTheExtraProperty()
    {
        using var schema = JsonDocument.Parse("""{"type":"object","properties":{"a":{"type":"integer","format":"int32"}},"additionalProperties":false}""");
        using var value = JsonDocument.Parse("""{"a":3000000000,"b":1}""");

        var violations = Validator.Validate(value.RootElement, schema.RootElement);

        Assert.Equal(["$.a", "$.b"], violations.Select(v => v.Path).Order());
    }

    [Fact]
    public void Validate_TooManyActionRowItems_ReportsMaxItems()
    {
        var buttons = string.Join(",", Enumerable.Range(0, 6).Select(i => $$"""{"type":2,"style":1,"custom_id":"b{{i}}","label":"B"}"""));

        var violations = Validator.Validate($$"""{"type":1,"components":[{{buttons}}]}""", "ActionRowComponentForMessageRequest");

        Assert.Contains(violations, v => v.Path == "$.components" && v.Message.Contains("maxItems 5", StringComparison.Ordinal));
    }
}
