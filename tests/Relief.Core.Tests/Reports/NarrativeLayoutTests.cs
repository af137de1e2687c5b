using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Reports.Printing;
using Relief.Core.Reports.YearEndSummary;
using Relief.Core.Tests.TestSupport;
using UglyToad.PdfPig;

namespace Relief.Core.Tests.Reports;

/// <summary>The union's own narrative laid out as a document: numbered headings of every level, "一是…" as a paragraph.</summary>
public sealed class NarrativeLayoutTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private int _campaign;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateSeededAsync();
        _campaign = await _database.InScopeAsync(sp => sp.GetRequiredService<ReliefDbContext>().Campaigns.OrderByDescending(c => c.StartsOn).Select(c => c.Id).FirstAsync());
        _database.CurrentUser.Acting = new FixedCurrentUser("chair", "陈国华", null, "/", Roles.Chair);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Theory]
    [InlineData("一、领导重视，统一部署", 1)]
    [InlineData("七、公开热线救助电话", 1)]
    [InlineData("十二、其他", 1)]
    [InlineData("二十、附则", 1)]
    [InlineData("（一）积极筹措资金", 2)]
    [InlineData("(三)集中救助", 2)]
    [InlineData("1. 召开座谈会", 3)]
    [InlineData("2、看望困难工会干部", 3)]
    [InlineData("一是积极筹措资金。", 0)]
    [InlineData("1.5万元全部用于双节期间的扶贫帮困", 0)]
    [InlineData("二十一、不是标题的编号", 0)]
    public void Numbered_lines_are_headings_of_their_level_and_一是_is_body_text(string line, int level) =>
        Assert.Equal(level, NarrativeLayout.LevelOf(line));

    [Fact]
    public async Task A_seventh_heading_prints_as_a_heading_and_a_short_一是_line_as_an_indented_body_paragraph()
    {
        const string text = "七、公开热线救助电话\n\n一是积极筹措资金。\n\n为了保证送温暖活动的有效开展，多方筹资{筹集资金万元}万元。";
        await _database.InScopeAsync(sp => sp.GetRequiredService<NarrativeService>().SaveAsync(_campaign, "zh-CN", text, 0));
        var printed = await _database.InScopeAsync(sp => sp.GetRequiredService<YearEndSummaryService>().RenderAsync(_campaign, new ReportFormat(CultureInfo.GetCultureInfo("zh-CN"))));
        await PdfText.KeepAsync("layout-" + printed.FileName, printed.Content);

        using var document = PdfDocument.Open(printed.Content);
        var letters = document.GetPage(1).Letters;
        var heading = letters.First(l => l.Value == "七");
        var lead = letters.First(l => l.Value == "是");
        var body = letters.First(l => l.Value == "筹" && l.StartBaseLine.Y < lead.StartBaseLine.Y);
        Assert.Contains("Bold", heading.FontName, StringComparison.OrdinalIgnoreCase);
        Assert.True(heading.PointSize > body.PointSize, $"heading {heading.PointSize} pt, body {body.PointSize} pt");
        // 一是… is body text: body size, indented like the paragraph after it, its lead phrase in bold.
        Assert.Equal(body.PointSize, lead.PointSize, 1);
        var oneIs = letters.First(l => l.Value == "一" && Math.Abs(l.StartBaseLine.Y - lead.StartBaseLine.Y) < 1);
        var paragraphStart = letters.First(l => l.Value == "为" && l.StartBaseLine.Y < lead.StartBaseLine.Y);
        Assert.Equal(paragraphStart.StartBaseLine.X, oneIs.StartBaseLine.X, 1);
        Assert.True(oneIs.StartBaseLine.X > heading.StartBaseLine.X + 10);
        Assert.Contains("Bold", lead.FontName, StringComparison.OrdinalIgnoreCase);
    }
}
