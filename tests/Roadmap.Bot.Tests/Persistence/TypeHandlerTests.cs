using Dapper;
using Roadmap.Bot.Members;
using Roadmap.Bot.Progress;
using Roadmap.Bot.Tests.Fakes;

namespace Roadmap.Bot.Tests.Persistence;

public sealed class TypeHandlerTests
{
    [Theory]
    [InlineData(18446744073709551615UL, -1L)]
    [InlineData(9223372036854775808UL, long.MinValue)]
    [InlineData(9223372036854775807UL, long.MaxValue)]
    [InlineData(1234567890123456789UL, 1234567890123456789L)]
    public async Task DiscordId_Stored_RoundTripsExactly(ulong id, long stored)
    {
        await using var database = await TestDatabase.CreateAsync();
        var members = database.Get<MemberStore>();

        await members.UpdateSettingsAsync(id, m => m, CancellationToken.None);
        var found = await members.FindAsync(id, CancellationToken.None);

        Assert.Equal(id, found?.Id);
        Assert.Equal(stored, await database.ScalarAsync<long>("SELECT id FROM members"));
        Assert.Equal("integer", await database.ScalarAsync<string>("SELECT typeof(id) FROM members"));
    }

    [Fact]
    public async Task DiscordId_AboveLongMax_FindsOnlyItsOwnRows()
    {
        await using var database = await TestDatabase.CreateAsync();
        var guilds = database.Get<GuildMemberStore>();
        await guilds.RecordSeenAsync(18446744073709551615UL, 9223372036854775808UL, CancellationToken.None);
        await guilds.RecordSeenAsync(1UL, 9223372036854775807UL, CancellationToken.None);

        var rows = await guilds.GuildsOfAsync(9223372036854775808UL, CancellationToken.None);

        var row = Assert.Single(rows);
        Assert.Equal(18446744073709551615UL, row.GuildId);
        Assert.Equal(9223372036854775808UL, row.MemberId);
    }

    [Fact]
    public async Task DateTimeOffset_WithAnOffset_IsStoredAsUtcMillisecondsAndReadBackInUtc()
    {
        await using var database = await TestDatabase.CreateAsync();
        var local = new DateTimeOffset(2026, 3, 4, 12, 0, 0, 123, TimeSpan.FromHours(2));
        // AdjustTime: 10:00 UTC is before the database clock's start, and SetUtcNow never goes back.
        database.Time.AdjustTime(local);

        var member = await database.Get<MemberStore>().UpdateSettingsAsync(7, m => m, CancellationToken.None);

        Assert.Equal(local.ToUnixTimeMilliseconds(), await database.ScalarAsync<long>("SELECT created_at FROM members"));
        Assert.Equal(local, member.CreatedAt);
        Assert.Equal(TimeSpan.Zero, member.CreatedAt.Offset);
    }

    [Fact]
    public async Task DateTimeOffset_NullableNull_IsStoredAsNull()
    {
        await using var database = await TestDatabase.CreateAsync();

        await database.Get<ProgressService>().SkipAsync(7, database.Milestone("internet"), CancellationToken.None);

        var row = Assert.Single(await database.Get<ProgressStore>().RowsAsync(7, CancellationToken.None));
        Assert.Null(row.CompletedAt);
        await using var connection = await database.OpenAsync();
        Assert.Equal("null", await connection.ExecuteScalarAsync<string>("SELECT typeof(completed_at) FROM progress"));
    }
}
