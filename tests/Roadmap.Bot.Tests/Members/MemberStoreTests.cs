using Roadmap.Bot.Members;
using Roadmap.Bot.Tests.Fakes;

namespace Roadmap.Bot.Tests.Members;

public sealed class MemberStoreTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    private MemberStore Members => _database.Get<MemberStore>();

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task FindAsync_UnknownMember_ReturnsNull()
    {
        Assert.Null(await Members.FindAsync(42, CancellationToken.None));
    }

    [Fact]
    public async Task UpdateSettingsAsync_NewMemberChangingNothing_IsCreatedWithDefaultSettings()
    {
        var member = await Members.UpdateSettingsAsync(42, m => m, CancellationToken.None);

        var now = _database.Time.GetUtcNow();
        Assert.Equal(new Member { Id = 42, Visibility = Visibility.Server, CreatedAt = now, UpdatedAt = now }, member);
        Assert.Equal(member, await Members.FindAsync(42, CancellationToken.None));
    }

    [Fact]
    public async Task UpdateSettingsAsync_OneSetting_KeepsTheOthers()
    {
        await Members.UpdateSettingsAsync(42, m => m with { Stack = "python", TimeZone = "Europe/Paris", WeeklyHours = 6 }, CancellationToken.None);
        _database.Time.Advance(TimeSpan.FromHours(1));

        var updated = await Members.UpdateSettingsAsync(42, m => m with { Visibility = Visibility.Private }, CancellationToken.None);

        Assert.Equal(("python", "Europe/Paris", 6, Visibility.Private), (updated.Stack, updated.TimeZone, updated.WeeklyHours, updated.Visibility));
        Assert.Equal(_database.Time.GetUtcNow(), updated.UpdatedAt);
        Assert.Equal(updated, await Members.FindAsync(42, CancellationToken.None));
        Assert.Equal("private", await _database.ScalarAsync<string>("SELECT visibility FROM members"));
    }

    [Fact]
    public async Task UpdateSettingsAsync_SettingSetToNull_IsCleared()
    {
        await Members.UpdateSettingsAsync(42, m => m with { Stack = "python", WeeklyHours = 6 }, CancellationToken.None);

        var updated = await Members.UpdateSettingsAsync(42, m => m with { WeeklyHours = null }, CancellationToken.None);

        Assert.Null(updated.WeeklyHours);
        Assert.Equal("python", updated.Stack);
        Assert.Null((await Members.FindAsync(42, CancellationToken.None))?.WeeklyHours);
    }

    [Fact]
    public async Task UpdateSettingsAsync_ChangeTriesToAlterIdOrCreation_KeepsThem()
    {
        var created = await Members.UpdateSettingsAsync(42, m => m, CancellationToken.None);

        var updated = await Members.UpdateSettingsAsync(42, m => m with { Id = 7, CreatedAt = DateTimeOffset.UnixEpoch, Stack = "go" }, CancellationToken.None);

        Assert.Equal((42UL, created.CreatedAt), (updated.Id, updated.CreatedAt));
        Assert.Null(await Members.FindAsync(7, CancellationToken.None));
    }
}
