using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Reports.YearEndSummary;
using Relief.Core.Tests.TestSupport;

namespace Relief.Core.Tests.Reports;

public sealed class NarrativeTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private int _campaign;
    private ICurrentUser _chair = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateSeededAsync();
        (_campaign, _chair) = await _database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ReliefDbContext>();
            var campaign = await db.Campaigns.Where(c => c.Year == 2021).Select(c => new { c.Id, c.OrgUnitId }).SingleAsync();
            var chair = await db.Users.SingleAsync(u => u.UserName == "chair");
            var path = await db.OrgUnits.Where(u => u.Id == chair.OrgUnitId).Select(u => u.Path).SingleAsync();
            return (campaign.Id, (ICurrentUser)new FixedCurrentUser(chair.Id, chair.DisplayName, chair.OrgUnitId, path, Roles.Chair));
        });
        _database.CurrentUser.Acting = _chair;
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public void Every_placeholder_of_both_default_templates_is_in_the_catalogue()
    {
        foreach (var culture in NarrativeService.Cultures)
        {
            var text = DefaultNarrative.For(culture);
            Assert.NotEmpty(NarrativeTemplate.Placeholders(text));
            Assert.Empty(NarrativeTemplate.Unknown(text));
        }
    }

    [Fact]
    public void Fill_replaces_names_and_aliases_keeps_literal_braces_and_shows_unknown_names()
    {
        var values = new Dictionary<string, string> { ["困难职工人数"] = "12", ["慰问金总额"] = "3,400.00" };
        var filled = NarrativeTemplate.Fill("慰问{困难职工人数}人，{CashTotal}元，{{原样}}，{不存在}", values);
        Assert.Equal("慰问12人，3,400.00元，{原样}，【?不存在】", filled);
    }

    [Fact]
    public void Paragraphs_are_separated_by_blank_lines()
    {
        Assert.Equal(["一、甲\n续", "二、乙"], NarrativeTemplate.Paragraphs("一、甲\r\n续\r\n\r\n\r\n二、乙\n"));
    }

    [Fact]
    public async Task The_default_text_is_used_until_a_chair_saves_and_every_save_is_a_new_version()
    {
        var initial = await Service(s => s.GetAsync(_campaign, "zh-CN"));
        Assert.True(initial.IsDefault);
        Assert.Contains("一、领导重视，统一部署", initial.Text, StringComparison.Ordinal);

        var first = await Service(s => s.SaveAsync(_campaign, "zh-CN", "共慰问{慰问户数}户。", basedOn: 0));
        Assert.True(first.Succeeded);
        var second = await Service(s => s.SaveAsync(_campaign, "zh-CN", "共慰问{慰问户数}户，发放{慰问金总额}元。", basedOn: 1));
        Assert.Equal(2, second.Value);

        var history = await Service(s => s.HistoryAsync(_campaign, "zh-CN"));
        Assert.Equal([2, 1], history.Select(v => v.Number));
        Assert.All(history, v => Assert.Equal(_chair.UserName, v.SavedBy));
        Assert.True((await Service(s => s.GetAsync(_campaign, "en"))).IsDefault);
    }

    [Fact]
    public async Task Unknown_placeholders_are_refused_before_saving_and_named()
    {
        var result = await Service(s => s.SaveAsync(_campaign, "zh-CN", "共{慰问户数}户，{困难人数}人，{Foo}", basedOn: 0));
        Assert.False(result.Succeeded);
        Assert.Equal(2, result.Validation.Errors.Count);
        Assert.Contains(result.Validation.Errors, e => e.ErrorMessage.Contains("{困难人数}", StringComparison.Ordinal));
        Assert.True((await Service(s => s.GetAsync(_campaign, "zh-CN"))).IsDefault);
    }

    [Fact]
    public async Task A_save_based_on_an_older_version_is_a_conflict_not_an_overwrite()
    {
        Assert.True((await Service(s => s.SaveAsync(_campaign, "zh-CN", "甲的版本", basedOn: 0))).Succeeded);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Service(s => s.SaveAsync(_campaign, "zh-CN", "乙的版本", basedOn: 0)));
        Assert.Equal("甲的版本", (await Service(s => s.GetAsync(_campaign, "zh-CN"))).Text);
    }

    [Fact]
    public async Task Only_a_chair_saves_the_narrative()
    {
        _database.CurrentUser.Acting = new FixedCurrentUser("x", "干事", _chair.OrgUnitId, _chair.ScopePath, Roles.Officer);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Service(s => s.SaveAsync(_campaign, "zh-CN", "文本", basedOn: 0)));
    }

    private Task<T> Service<T>(Func<NarrativeService, Task<T>> work) =>
        _database.InScopeAsync(sp => work(sp.GetRequiredService<NarrativeService>()));
}
