using System.Data;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Relief.Core.Common;
using Relief.Core.Data.Scope;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;
using Relief.Web.Tests.Households;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.BadInput;

/// <summary>
/// Every row of <see cref="BadInputTable"/> through the real pages, as the user who would type it: the answer is the
/// form again (or the page the form leads to) with the row's message, never a 500, and nothing is saved.
/// </summary>
public sealed class BadInputTableTests(ReliefWebFactory factory) : IClassFixture<ReliefWebFactory>
{
    private static readonly string[] Areas = ["money", "dates", "ids", "phones", "names", "handlers", "files"];

    [Fact]
    public void The_table_covers_every_area_with_at_least_100_rows()
    {
        var rows = BadInputTable.Rows.Select(r => (string)r[0]).ToList();
        Assert.True(rows.Count >= 100, $"{rows.Count} rows");
        Assert.Equal(Areas, rows.Distinct());
    }

    [Theory]
    [MemberData(nameof(BadInputTable.Rows), MemberType = typeof(BadInputTable))]
    public async Task A_bad_input_is_refused_with_its_message_and_nothing_is_saved(string area, string form, string field, string typed, string message)
    {
        Assert.Contains(area, Areas);
        var records = await BadInputRecords.LoadAsync(factory);
        var expected = records.Fill(message);
        var text = form switch
        {
            "handler" => await RequestAsync(method: field, url: records.Fill(typed), expected),
            "import" => await UploadAsync(typed),
            _ => await SubmitAsync(records, BadInputForms.All[form], field, records.Fill(typed)),
        };
        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    private async Task<string> SubmitAsync(BadInputRecords records, BadInputForm form, string field, string typed)
    {
        using var client = await factory.SignedInAsync(form.User);
        var before = await factory.QueryAsync(form.Count);
        var page = await client.GetHtmlAsync(records.Fill(form.Url));
        var fields = form.Baseline(records);
        fields[field] = typed;

        var response = await client.SubmitAsync(page, fields, formSelector: form.FormSelector);

        Assert.Equal(await factory.QueryAsync(form.Count), before);
        if (form.ErrorsAfterRedirect is { } errors)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            return (await client.GetHtmlAsync(response.Headers.Location!.ToString())).Text(errors);
        }
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The summary at the top of the form lists every message; a page without one shows it in its body.
        var answer = await response.ReadHtmlAsync();
        return answer.QuerySelector("main [role=alert]") is { } summary ? summary.TextContent.Trim() : answer.Text("main");
    }

    private async Task<string> RequestAsync(string method, string url, string expected)
    {
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var home = await chair.GetHtmlAsync("/");
        var token = home.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method != "GET")
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Input.Name"] = "x" });

        var response = await chair.SendAsync(request);

        Assert.Equal(expected == BadInputTable.NotFound ? HttpStatusCode.NotFound : HttpStatusCode.MethodNotAllowed, response.StatusCode);
        return (await response.ReadHtmlAsync()).Text("main");
    }

    private async Task<string> UploadAsync(string file)
    {
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var before = await factory.QueryAsync(db => db.Households.OutsideUnitScope().CountAsync());
        var (page, _) = await ImportPageTests.UploadWithSizeAsync(officer, ImportFile(file));
        Assert.Null(page.QuerySelector("form[action*='handler=Import']"));
        Assert.Equal(before, await factory.QueryAsync(db => db.Households.OutsideUnitScope().CountAsync()));
        return page.Text("main");
    }

    private static byte[] ImportFile(string kind)
    {
        const string branch = "丽水供电分工会";
        var person = BadInputRecords.FreshId;
        return kind switch
        {
            "empty" => [],
            "text" => Encoding.UTF8.GetBytes("姓名,身份证号\n林国栋,330102197904084170\n"),
            "png" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[64]],
            "zip" => Zip(),
            "xls" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[1024]],
            "too-large" => new byte[(10 * 1024 * 1024) + 1],
            "header-only" => HeaderOnly(),
            "unknown-header" => ImportPageTests.Sheet(With(ImportPageTests.Row("林国栋", person, branch, "困难职工"), "备注栏", "无")),
            "missing-column" => ImportPageTests.Sheet(Without(ImportPageTests.Row("林国栋", person, branch, "困难职工"), "身份证号*")),
            "id-as-number" => ImportPageTests.Sheet(With(ImportPageTests.Row("林国栋", person, branch, "困难职工"), "身份证号*", 3.30102197904084E+17)),
            "unknown-category" => ImportPageTests.Sheet(ImportPageTests.Row("林国栋", person, branch, "贫困户")),
            "unknown-unit" => ImportPageTests.Sheet(ImportPageTests.Row("林国栋", person, "火星分工会", "困难职工")),
            "bad-name" => ImportPageTests.Sheet(ImportPageTests.Row("张三1", person, branch, "困难职工")),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    private static Dictionary<string, object?> With(Dictionary<string, object?> row, string column, object? value)
    {
        row[column] = value;
        return row;
    }

    private static Dictionary<string, object?> Without(Dictionary<string, object?> row, string column)
    {
        row.Remove(column);
        return row;
    }

    private static byte[] Zip()
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(archive.CreateEntry("readme.txt").Open());
            entry.Write("not a workbook");
        }
        return stream.ToArray();
    }

    private static byte[] HeaderOnly()
    {
        using var table = new DataTable();
        foreach (var column in ImportPageTests.Row("", "", "", "").Keys) table.Columns.Add(column);
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, table);
        return stream.ToArray();
    }
}

/// <summary>A form the table types into: who opens it, where, what a valid submission holds, and what it would save.</summary>
public sealed record BadInputForm(
    string User, string Url, string FormSelector, Func<BadInputRecords, Dictionary<string, string>> Baseline,
    Func<Relief.Core.Data.ReliefDbContext, Task<int>> Count, string? ErrorsAfterRedirect = null);

public static class BadInputForms
{
    public static readonly IReadOnlyDictionary<string, BadInputForm> All = new Dictionary<string, BadInputForm>
    {
        ["household"] = new(DemoUsers.Officer, "/Households/Create", "main form", r => new()
        {
            ["Input.Name"] = "林国栋", ["Input.IdNumber"] = BadInputRecords.FreshId, ["Input.Categories"] = nameof(HouseholdCategory.HardshipEmployee),
            ["Input.Members[0].Name"] = "林小雨", ["Input.Members[0].Relation"] = "子女",
        }, db => db.Households.OutsideUnitScope().CountAsync()),
        ["grant"] = new(DemoUsers.Officer, "/Grants/Apply?householdId={household}&campaignId={campaign}", "#grant-form", r => new()
        {
            ["Input.Kind"] = nameof(GrantKind.Emergency), ["Input.Category"] = r.HouseholdCategory.ToString(), ["Input.CashAmount"] = "100", ["Input.Reason"] = "家庭困难",
        }, db => db.Grants.OutsideUnitScope().CountAsync()),
        ["visit"] = new(DemoUsers.Officer, "/Visits/Create?householdId={household}", "#visit-form", r => new()
        {
            ["Input.Kind"] = "Home", ["Input.VisitedOn"] = r.Fill("{campaignFirstDay}"), ["Input.Visitors[0].Name"] = "王建华", ["Input.Place"] = "家中",
        }, db => db.Visits.OutsideUnitScope().CountAsync()),
        ["survey"] = new(DemoUsers.Officer, "/Surveys/Create?householdId={household}", "main form[method=post]", r => new()
        {
            ["Input.SurveyedOn"] = r.Fill("{today}"), ["Input.PerCapitaIncome"] = "800", ["Input.FamilySize"] = "3",
        }, db => db.Surveys.OutsideUnitScope().CountAsync()),
        ["donation"] = new(DemoUsers.Chair, "/Campaigns/Details/{campaign}", "#add-donation form", r => new()
        {
            ["Donation.Name"] = "爱心捐款", ["Donation.Donor"] = "某公司", ["Donation.Amount"] = "500", ["Donation.ReceivedOn"] = r.Fill("{today}"),
        }, db => db.FundSources.OutsideUnitScope().CountAsync()),
        ["goods"] = new(DemoUsers.Chair, "/Goods/Receive", "main form[method=post]", r => new()
        {
            ["Input.Donor"] = "丽水市总工会机关", ["Input.ItemName"] = "棉衣", ["Input.Unit"] = "件", ["Input.Quantity"] = "40", ["Input.Value"] = "4800",
            ["Input.ReceivedOn"] = r.Fill("{today}"),
        }, db => db.GoodsReceipts.OutsideUnitScope().CountAsync()),
        ["campaign"] = new(DemoUsers.Chair, "/Campaigns/Create", "#campaign-form", r => new()
        {
            ["Input.Name"] = "2027年夏送清凉专项活动", ["Input.Year"] = "2027", ["Input.Season"] = nameof(Season.SummerCooling), ["Input.Theme"] = "夏送清凉 情暖职工",
            ["Input.DirectiveReference"] = "丽电工〔2027〕9号", ["Input.StartsOn"] = "2027-06-01", ["Input.EndsOn"] = "2027-08-31",
            ["Input.Standards[0].Category"] = nameof(HouseholdCategory.HardshipEmployee), ["Input.Standards[0].Kind"] = nameof(GrantKind.HolidayCondolence),
            ["Input.Standards[0].Amount"] = "300",
        }, db => db.Campaigns.OutsideUnitScope().CountAsync()),
        ["notice"] = new(DemoUsers.Chair, "/Notices/Create?campaignId={campaign}", "#notice-form", r => new()
        {
            ["Input.PostedOn"] = r.Fill("{today}"), ["Input.EndsOn"] = "", ["Input.Title"] = "困难职工帮扶名单公示",
        }, db => db.PublicNotices.OutsideUnitScope().CountAsync()),
        ["payment"] = new(DemoUsers.Chair, "/Disbursements?campaignId={campaign}", "#pay-form", r => new()
        {
            ["GrantIds"] = r.PayableGrantId.ToString(CultureInfo.InvariantCulture), ["Method"] = nameof(DisbursementMethod.Cash), ["PaidOn"] = r.Fill("{today}"),
        }, db => db.Disbursements.OutsideUnitScope().CountAsync(), ErrorsAfterRedirect: "#pay-errors"),
        ["hotline"] = new(DemoUsers.Chair, "/Hotline/Create", "#call-form", r => new()
        {
            ["Input.CalledAt"] = r.Fill("{yesterday}T10:00"), ["Input.CallerName"] = "王女士", ["Input.Question"] = "询问补助发放时间",
        }, db => db.HotlineCalls.OutsideUnitScope().CountAsync()),
        ["user"] = new(DemoUsers.Administrator, "/Administration/Users/Create", "main form[method=post]", r => new()
        {
            ["Input.UserName"] = "li.ming", ["Input.DisplayName"] = "李明", ["Input.Password"] = "Relief#2026new", ["Input.PhoneNumber"] = "13957812345",
        }, db => db.Users.CountAsync()),
        ["pairing"] = new(DemoUsers.Officer, "/Pairing/Create", "main form[method=post]", r => new()
        {
            ["Input.HelperName"] = "赵建国", ["Input.PairedOn"] = r.Fill("{today}"),
        }, db => db.HelperPairings.OutsideUnitScope().CountAsync()),
    };
}

/// <summary>What the table's placeholders stand for, read from the records and the union's calendar.</summary>
public sealed class BadInputRecords
{
    /// <summary>A valid ID number of nobody on file.</summary>
    public static readonly string FreshId = ResidentIdNumber.Compose("331102", new DateOnly(1979, 4, 8), 417);

    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private readonly Dictionary<string, string> _values = [];

    public HouseholdCategory HouseholdCategory { get; private init; }

    public int PayableGrantId { get; private init; }

    public static async Task<BadInputRecords> LoadAsync(ReliefWebFactory factory)
    {
        var today = factory.Today();
        var campaign = await factory.RunningCampaignAsync();
        var branch = await factory.UnitOfAsync(DemoUsers.Officer);
        var household = await factory.QueryAsync(db => db.Households
            .Where(h => h.OrgUnitId == branch && h.Status == HouseholdStatus.Active && h.Categories.Any()
                && !db.Grants.Any(g => g.HouseholdId == h.Id && g.CampaignId == campaign.Id && g.Kind == GrantKind.Emergency))
            .OrderBy(h => h.Id).Select(h => new { h.Id, h.IdNumberCipher, Category = h.Categories.Select(c => c.Category).First() }).FirstAsync());
        var payable = await factory.QueryAsync(db => db.Grants.Where(g => g.CampaignId == campaign.Id && g.Status == GrantStatus.Payable)
            .OrderBy(g => g.Id)
            .Select(g => new
            {
                g.Id,
                EndsOn = db.NoticeItems.OutsideUnitScope().Where(i => i.GrantId == g.Id)
                    .Select(i => db.PublicNotices.Where(n => n.Id == i.PublicNoticeId).Select(n => n.EndsOn).First()).Max(),
            })
            .FirstAsync());
        var grant = await factory.QueryAsync(db => db.Grants.Where(g => g.CampaignId == campaign.Id).OrderBy(g => g.Id).Select(g => g.Id).FirstAsync());
        var visit = await factory.QueryAsync(db => db.Visits.OrderBy(v => v.Id).Select(v => v.Id).FirstAsync());
        var branchName = await factory.QueryAsync(db => db.OrgUnits.Where(u => u.Id == branch).Select(u => u.Name).SingleAsync());
        await using var scope = factory.Services.CreateSystemScope("test set-up: an ID number on file");
        var idOnFile = scope.ServiceProvider.GetRequiredService<IdNumberProtector>().Unprotect(household.IdNumberCipher);

        var records = new BadInputRecords { HouseholdCategory = household.Category, PayableGrantId = payable.Id };
        var first17 = FreshId[..17];
        var wrongCheck = first17 + (FreshId[17] == '1' ? '2' : '1');
        foreach (var (key, value) in new Dictionary<string, string>
        {
            ["today"] = today.Iso(), ["tomorrow"] = today.AddDays(1).Iso(), ["yesterday"] = today.AddDays(-1).Iso(),
            ["thisYear"] = Number(today.Year), ["nextYear"] = Number(today.Year + 1),
            ["campaign"] = Number(campaign.Id), ["household"] = Number(household.Id), ["grant"] = Number(grant), ["visit"] = Number(visit),
            ["campaignFirstDay"] = campaign.StartsOn.Iso(), ["beforeCampaign"] = campaign.StartsOn.AddDays(-10).Iso(),
            ["campaignStart"] = Formats.Date(campaign.StartsOn, Chinese), ["campaignEnd"] = Formats.Date(campaign.EndsOn, Chinese),
            ["payableFrom"] = Formats.Date(payable.EndsOn.AddDays(1), Chinese),
            ["validId"] = FreshId, ["validId:17"] = first17, ["idOnFile"] = idOnFile,
            ["region:00"] = WithCheckDigit("00" + first17[2..]), ["region:99"] = WithCheckDigit("99" + first17[2..]),
            ["region:10"] = WithCheckDigit("10" + first17[2..]), ["region:39"] = WithCheckDigit("39" + first17[2..]),
            ["birth:19790230"] = WithCheckDigit("33110219790230417"), ["birth:19791301"] = WithCheckDigit("33110219791301417"),
            ["birth:20991231"] = WithCheckDigit("33110220991231417"),
            ["wrongCheck"] = wrongCheck, ["wrongCheck:spaced"] = $"{wrongCheck[..6]} {wrongCheck[6..14]} {wrongCheck[14..]}",
            ["wrongCheck:fullwidth"] = string.Concat(wrongCheck.Select(c => char.IsAsciiDigit(c) ? (char)('０' + (c - '0')) : c)),
            ["long51"] = new string('林', 51),
            ["officerUnit"] = branchName,
        })
            records._values[key] = value;
        return records;
    }

    /// <summary>The text with every {placeholder} replaced; unknown braces are left as they are.</summary>
    public string Fill(string text)
    {
        foreach (var (key, value) in _values) text = text.Replace("{" + key + "}", value, StringComparison.Ordinal);
        return text;
    }

    private static string WithCheckDigit(string first17) => first17 + ResidentIdNumber.CheckDigit(first17);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
