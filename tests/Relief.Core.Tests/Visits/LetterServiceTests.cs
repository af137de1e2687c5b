using Microsoft.EntityFrameworkCore;
using Relief.Core.Common;
using Relief.Core.Data.Scope;
using Relief.Core.Features.Visits;

namespace Relief.Core.Tests.Visits;

public sealed class LetterServiceTests : IAsyncLifetime
{
    private VisitsDatabase _db = null!;

    public async Task InitializeAsync() => _db = await VisitsDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public void Merge_fields_are_filled_in_Chinese_or_English_and_unknown_ones_are_named()
    {
        var text = LetterMerge.Fill("尊敬的{姓名}：{节日问候}，{工会名称}祝您在{活动名称}中……{Leader}", "钱一", "送温暖活动", "值此新春佳节", "王主席", "甲公司工会");

        Assert.Equal("尊敬的钱一：值此新春佳节，甲公司工会祝您在送温暖活动中……王主席", text);
        Assert.Equal(["{名字}"], LetterMerge.UnknownFields("尊敬的{名字}，{姓名}"));
    }

    [Fact]
    public async Task Without_a_template_the_standard_text_is_offered_and_a_typo_in_a_field_is_refused()
    {
        var view = await _db.LettersAsync(s => s.GetTemplateAsync(_db.Campaign.Id));

        Assert.Equal(LetterTemplateSource.Standard, view.Source);
        Assert.Equal("值此新春佳节来临之际", view.Template.Greeting);
        Assert.Equal("甲一分工会", view.Template.UnionName);
        Assert.Contains("{姓名}", view.Template.Body, StringComparison.Ordinal);

        var result = await _db.LettersAsync(s => s.SaveTemplateAsync(_db.Campaign.Id, view.Template with { Body = "尊敬的{名字}：" }));
        Assert.False(result.Succeeded);
        Assert.Contains("{名字}", result.Validation.Errors.Single().ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_branch_writes_from_the_companys_template_until_it_saves_its_own()
    {
        _db.ActAs(_db.Chair());
        var standard = await _db.LettersAsync(s => s.GetTemplateAsync(_db.Campaign.Id));
        Assert.True((await _db.LettersAsync(s => s.SaveTemplateAsync(_db.Campaign.Id, standard.Template with { SigningLeader = "工会主席 王建国" }))).Succeeded);

        _db.ActAs(_db.Officer(_db.BranchA));
        var inherited = await _db.LettersAsync(s => s.GetTemplateAsync(_db.Campaign.Id));
        Assert.Equal(LetterTemplateSource.Inherited, inherited.Source);
        Assert.Equal("甲公司工会", inherited.SourceUnitName);
        Assert.Null(inherited.Template.Version);
        Assert.True((await _db.LettersAsync(s => s.SaveTemplateAsync(_db.Campaign.Id, inherited.Template with { UnionName = "甲一分工会" }))).Succeeded);

        var own = await _db.LettersAsync(s => s.GetTemplateAsync(_db.Campaign.Id));
        Assert.Equal(LetterTemplateSource.Own, own.Source);
        Assert.Equal("甲一分工会", own.Template.UnionName);
        Assert.Equal("工会主席 王建国", own.Template.SigningLeader);
        Assert.Equal(2, await _db.WithDbAsync(db => db.Set<LetterTemplate>().OutsideUnitScope().CountAsync()));

        // A second tab still holding the inherited text would overwrite the unit's own: refused.
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _db.LettersAsync(s => s.SaveTemplateAsync(_db.Campaign.Id, inherited.Template)));
    }

    [Fact]
    public async Task Letters_are_merged_per_household_and_recorded_as_one_letter_contact()
    {
        var first = await _db.AddHouseholdAsync(_db.BranchA, "钱一", remote: true);
        var second = await _db.AddHouseholdAsync(_db.BranchA, "孙二", remote: true);

        var letters = await _db.LettersAsync(s => s.RenderAsync(_db.Campaign.Id, [first, second], VisitsDatabase.Today));

        Assert.Equal(["孙二", "钱一"], letters.Select(l => l.HouseholdName));
        Assert.StartsWith("尊敬的孙二同志：", letters[0].Paragraphs[0], StringComparison.Ordinal);
        Assert.Contains("值此新春佳节来临之际，甲一分工会", letters[0].Paragraphs[1], StringComparison.Ordinal);
        Assert.Contains("2025年元旦春节送温暖活动", letters[0].Paragraphs[2], StringComparison.Ordinal);

        var recorded = await _db.LettersAsync(s => s.RecordSentAsync(_db.Campaign.Id, [first, second], VisitsDatabase.Today, outsideCampaignReason: null));

        Assert.True(recorded.Succeeded, string.Join("; ", recorded.Validation.Errors));
        var visit = await _db.VisitsAsync(s => s.GetAsync(recorded.Value));
        Assert.Equal(VisitKind.Letter, visit.Kind);
        Assert.Equal(2, visit.Households.Count);
        Assert.Equal("寄送慰问信（署名：工会主席，甲一分工会）", visit.Notes);
    }

    [Fact]
    public async Task Letters_for_households_out_of_scope_are_not_written()
    {
        var elsewhere = await _db.AddHouseholdAsync(_db.BranchB, "吴五");

        Assert.Empty(await _db.LettersAsync(s => s.RenderAsync(_db.Campaign.Id, [elsewhere], VisitsDatabase.Today)));
        _db.ActAs(_db.Officer(_db.BranchB));
        // The company's campaign does not reach a branch outside the company.
        await Assert.ThrowsAsync<NotFoundException>(() => _db.LettersAsync(s => s.GetTemplateAsync(_db.Campaign.Id)));
    }
}
