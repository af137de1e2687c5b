using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MiniExcelLibs;
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
        var before = await factory.QueryAsync(db => db.Households.CountAsync());
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
        Assert.Equal(before, await factory.QueryAsync(db => db.Households.CountAsync()));

        var clean = Sheet(Row("郑文华", First, Branch, "困难职工"), Row("严小梅", Second, Branch, "单亲家庭"));
        var preview = await UploadAsync(officer, clean);
        Assert.Contains("检查通过", preview.Text("[role=status]"), StringComparison.Ordinal);
        Assert.Equal(2, preview.QuerySelectorAll("table tbody tr").Length);
        Assert.Equal(before, await factory.QueryAsync(db => db.Households.CountAsync()));
        Assert.Single(KeptUploads());

        var imported = await officer.SubmitAsync(preview, new Dictionary<string, string>(), formSelector: "form[action*='handler=Import']");
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        Assert.Equal(before + 2, await factory.QueryAsync(db => db.Households.CountAsync()));
        Assert.Empty(KeptUploads());
        var list = await officer.GetHtmlAsync(imported.Headers.Location!.ToString());
        Assert.Contains("已导入 2 户", list.Text("[role=status]"), StringComparison.Ordinal);

        // The same file again changes nothing: both people are on file now.
        var again = await UploadAsync(officer, clean);
        Assert.Equal(2, again.QuerySelectorAll("table tbody tr").Count(r => r.TextContent.Contains("已在", StringComparison.Ordinal)));
        Assert.Null(again.QuerySelector("form[action*='handler=Import']"));
        Assert.Equal(before + 2, await factory.QueryAsync(db => db.Households.CountAsync()));
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

    private static Dictionary<string, object?> Row(string name, string idNumber, string unit, string categories) => new()
    {
        ["姓名*"] = name,
        ["身份证号*"] = idNumber,
        ["所属工会*"] = unit,
        ["对象类别*"] = categories,
        ["困难程度"] = "一般困难",
    };

    private static byte[] Sheet(params Dictionary<string, object?>[] rows)
    {
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows);
        return stream.ToArray();
    }

    private static async Task<IHtmlDocument> UploadAsync(HttpClient client, byte[] file, string fileName = "households.xlsx")
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
        return await response.ReadHtmlAsync();
    }

    /// <summary>Uploads waiting between preview and confirm, in the app's data folder.</summary>
    private string[] KeptUploads()
    {
        var options = factory.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var folder = Path.Combine(options.DataFolder, "imports");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.xlsx", SearchOption.AllDirectories) : [];
    }
}
