using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MiniExcelLibs;
using Relief.Core.Data.Scope;
using Relief.Core.DemoData;
using Relief.Core.Features.Households;
using Relief.Web.Hosting;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Households;

public sealed class ImportPageTests(ReliefWebFactory factory) : IClassFixture<ReliefWebFactory>
{
    private const string Branch = "丽水供电分工会";
    private static readonly string First = ResidentIdNumber.Compose("331102", new DateOnly(1976, 5, 20), 813);
    private static readonly string Second = ResidentIdNumber.Compose("331123", new DateOnly(1981, 11, 2), 624);

    [Fact]
    public async Task A_sheet_with_problems_lists_each_by_row_and_column_then_a_clean_sheet_imports_once()
    {
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var before = await factory.QueryAsync(db => db.Households.OutsideUnitScope().CountAsync());
        var wrongCheckDigit = Second[..17] + (Second[17] == '1' ? '2' : '1');

        var faulty = await UploadAsync(officer, Sheet(
            Row("郑文华", First, Branch, "困难职工"),
            Row("孔令辉", wrongCheckDigit, Branch, "困难职工"),
            Row("严小梅", Second, Branch, "贫困户"),
            Row("郑文华", First, Branch, "单亲家庭")));
        var problems = faulty.QuerySelectorAll("table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(problems, p => p.Contains("第 3 行", StringComparison.Ordinal) && p.Contains("身份证号", StringComparison.Ordinal) && p.Contains("校验位", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("第 4 行", StringComparison.Ordinal) && p.Contains("对象类别", StringComparison.Ordinal) && p.Contains("贫困户", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("第 5 行", StringComparison.Ordinal) && p.Contains("第 2 行", StringComparison.Ordinal));
        Assert.Null(faulty.QuerySelector("form[action*='handler=Import']"));
        Assert.Equal(before, await factory.QueryAsync(db => db.Households.OutsideUnitScope().CountAsync()));

        var clean = Sheet(Row("郑文华", First, Branch, "困难职工"), Row("严小梅", Second, Branch, "单亲家庭"));
        var preview = await UploadAsync(officer, clean);
        Assert.Contains("检查通过", preview.Text("[role=status]"), StringComparison.Ordinal);
        Assert.Equal(2, preview.QuerySelectorAll("table tbody tr").Length);
        Assert.Equal(before, await factory.QueryAsync(db => db.Households.OutsideUnitScope().CountAsync()));
        // The previewed upload waits for the confirmation (other tests' uploads with problems wait for their downloads).
        var fingerprint = preview.QuerySelector("form[action*='handler=Import'] input[name=fingerprint]")!.GetAttribute("value")!;
        Assert.Single(KeptUploads(), f => f.Contains(fingerprint, StringComparison.OrdinalIgnoreCase));

        var imported = await officer.SubmitAsync(preview, new Dictionary<string, string>(), formSelector: "form[action*='handler=Import']");
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        var jobPage = imported.Headers.Location!.ToString();
        Assert.Contains("job=", jobPage, StringComparison.Ordinal);
        Assert.DoesNotContain(KeptUploads(), f => f.Contains(fingerprint, StringComparison.OrdinalIgnoreCase));
        var outcome = await ImportJobs.WaitUntilFinishedAsync(officer, jobPage);
        Assert.Equal(before + 2, await factory.QueryAsync(db => db.Households.OutsideUnitScope().CountAsync()));
        Assert.Contains("已导入 2 户", outcome.Text("#import-job [role=status]"), StringComparison.Ordinal);

        // The same file again changes nothing: both people are on file now.
        var again = await UploadAsync(officer, clean);
        Assert.Equal(2, again.QuerySelectorAll("table tbody tr").Count(r => r.TextContent.Contains("已在", StringComparison.Ordinal)));
        Assert.Null(again.QuerySelector("form[action*='handler=Import']"));
        Assert.Equal(before + 2, await factory.QueryAsync(db => db.Households.OutsideUnitScope().CountAsync()));
    }

    /// <summary>
    /// Issue 17's reproduction at a size a test can afford: every bad row once made a table row, so 200,000 of them
    /// gave a 225 MB page. Now the page lists the first 100 with the counts, and the full list is a workbook.
    /// </summary>
    [Fact]
    public async Task Thousands_of_bad_rows_give_the_counts_and_the_first_100_problems_on_a_small_page_and_the_rest_as_a_download()
    {
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var badRows = Enumerable.Range(0, 12_000).Select(i => Row(DemoCatalog.Surnames[i % DemoCatalog.Surnames.Count] + "错号", "11010519491231002" + (i % 9), Branch, "困难职工")).ToArray();

        var (page, bytes) = await UploadWithSizeAsync(officer, Sheet(badRows));

        Assert.True(bytes < 1024 * 1024, $"the preview page is {bytes:N0} bytes");
        Assert.Contains("发现 12,000 个问题", page.Text("[role=alert]"), StringComparison.Ordinal);
        Assert.Equal(100, page.QuerySelectorAll("table tbody tr").Length);
        var download = page.QuerySelector("a[href*='handler=Problems']")?.GetAttribute("href");
        Assert.NotNull(download);

        var response = await officer.GetAsync(download);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var listed = MiniExcel.Query(workbook, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(12_000, listed.Count);
        Assert.All(listed, row => Assert.Contains("校验位", row["问题"]?.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_clean_preview_of_many_rows_lists_the_first_100_and_counts_them_all()
    {
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var rows = Enumerable.Range(0, 1_500).Select(i => Row(DemoCatalog.Surnames[i % DemoCatalog.Surnames.Count] + "多行", ResidentIdNumber.Compose("331102", new DateOnly(1960, 1, 1).AddDays(i), 500 + (i % 400)), Branch, "困难职工")).ToArray();

        var page = await UploadAsync(officer, Sheet(rows));

        Assert.Contains("1,500", page.Text("[role=status]"), StringComparison.Ordinal);
        Assert.Equal(100, page.QuerySelectorAll("table tbody tr").Length);
        Assert.Contains("导入 1,500 户", page.Text("form[action*='handler=Import'] button"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_problem_list_of_someone_else_s_upload_is_not_found()
    {
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var page = await UploadAsync(officer, Sheet(Row("错号", "110105194912310021", Branch, "困难职工")));
        var download = page.QuerySelector("a[href*='handler=Problems']")!.GetAttribute("href")!;

        using var other = await factory.SignedInAsync(DemoUsers.OtherBranchOfficer);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(download)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync(download)).StatusCode);
    }

    [Fact]
    public async Task A_file_over_10_MB_or_not_Excel_gets_a_clear_message()
    {
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);

        var tooLarge = await UploadAsync(officer, new byte[(10 * 1024 * 1024) + 1]);
        Assert.Contains("超过 10 MB", tooLarge.Text("[role=alert]"), StringComparison.Ordinal);

        var notExcel = await UploadAsync(officer, "姓名,身份证号\n张三,1"u8.ToArray(), "households.csv");
        Assert.Contains("不是 Excel", notExcel.Text("main"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_template_has_the_Chinese_headers_with_required_ones_marked()
    {
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var response = await officer.GetAsync("/Households/Import?handler=Template");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var header = MiniExcel.Query(stream, useHeaderRow: false).Cast<IDictionary<string, object?>>().First().Values.Select(v => v?.ToString()).ToList();
        Assert.Contains("姓名*", header);
        Assert.Contains("身份证号*", header);
        Assert.Contains("所属工会*", header);
    }

    internal static Dictionary<string, object?> Row(string name, string idNumber, string unit, string categories) => new()
    {
        ["姓名*"] = name,
        ["身份证号*"] = idNumber,
        ["所属工会*"] = unit,
        ["对象类别*"] = categories,
        ["困难程度"] = "一般困难",
    };

    internal static byte[] Sheet(params Dictionary<string, object?>[] rows)
    {
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows);
        return stream.ToArray();
    }

    private static async Task<IHtmlDocument> UploadAsync(HttpClient client, byte[] file, string fileName = "households.xlsx") =>
        (await UploadWithSizeAsync(client, file, fileName)).Page;

    internal static async Task<(IHtmlDocument Page, long Bytes)> UploadWithSizeAsync(HttpClient client, byte[] file, string fileName = "households.xlsx")
    {
        var page = await client.GetHtmlAsync("/Households/Import");
        var token = page.QuerySelector("form[enctype] input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var upload = new ByteArrayContent(file);
        upload.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(upload, "upload", fileName);
        var response = await client.PostAsync("/Households/Import?handler=Preview", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = (await response.Content.ReadAsByteArrayAsync()).LongLength;
        return (await response.ReadHtmlAsync(), bytes);
    }

    /// <summary>Uploads waiting between preview and confirm, in the app's data folder.</summary>
    private string[] KeptUploads()
    {
        var options = factory.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var folder = Path.Combine(options.DataFolder, "imports");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.xlsx", SearchOption.AllDirectories) : [];
    }
}
