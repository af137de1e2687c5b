using Relief.Core.Features.Hotline;
using Relief.Core.Features.Visits;
using Relief.Core.Tests.Visits;

namespace Relief.Core.Tests.Hotline;

/// <summary>The campaign's hotline in the household-facing letters: two merge fields, and a line in the standard text once it is published.</summary>
public sealed class HotlineLetterTests : IAsyncLifetime
{
    private VisitsDatabase _world = null!;

    public async Task InitializeAsync() => _world = await VisitsDatabase.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public void The_hotline_fields_are_known_merge_fields_in_Chinese_and_English()
    {
        var text = LetterMerge.Fill("请拨打{热线号码}（{热线值守时间}）/ {Hotline}, {HotlineHours}", "钱一", "活动", "问候", "主席", "工会", "0578-2125110", "全天24小时");

        Assert.Equal("请拨打0578-2125110（全天24小时）/ 0578-2125110, 全天24小时", text);
        Assert.Empty(LetterMerge.UnknownFields("{热线号码}{热线值守时间}{Hotline}{HotlineHours}"));
        Assert.Contains("{热线值守时间}", LetterMerge.FieldList, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Once_the_hotline_is_published_the_letters_name_it_before_the_closing_wishes()
    {
        var household = await _world.AddHouseholdAsync(_world.BranchA, "钱一");
        var before = await _world.LettersAsync(s => s.RenderAsync(_world.Campaign.Id, [household], VisitsDatabase.Today));
        Assert.DoesNotContain(before[0].Paragraphs, p => p.Contains("热线", StringComparison.Ordinal));

        _world.ActAs(_world.Chair());
        (await _world.HotlineAsync(s => s.SaveSettingsAsync(_world.Campaign.Id, new HotlineSettingsInput
            { PhoneNumber = "0578-2125110", DutyHours = "每天 8:00—20:00", HoursPerDay = 12 }))).Succeeded();
        _world.ActAs(_world.Officer(_world.BranchA));
        var letters = await _world.LettersAsync(s => s.RenderAsync(_world.Campaign.Id, [household], VisitsDatabase.Today));

        var paragraphs = letters[0].Paragraphs;
        Assert.Equal("工会帮扶热线：0578-2125110（每天 8:00—20:00），有困难请随时拨打。", paragraphs[^2]);
        Assert.StartsWith("祝您和家人", paragraphs[^1], StringComparison.Ordinal);
        Assert.Equal(before[0].Paragraphs.Count + 1, paragraphs.Count);
        // A template of the unit's own chooses where, with the fields.
        var template = (await _world.LettersAsync(s => s.GetTemplateAsync(_world.Campaign.Id))).Template;
        (await _world.LettersAsync(s => s.SaveTemplateAsync(_world.Campaign.Id, template with { Body = "尊敬的{姓名}：\n热线{热线号码}，{热线值守时间}。" }))).Succeeded();
        var own = await _world.LettersAsync(s => s.RenderAsync(_world.Campaign.Id, [household], VisitsDatabase.Today));
        Assert.Equal("热线0578-2125110，每天 8:00—20:00。", own[0].Paragraphs[1]);
    }
}
