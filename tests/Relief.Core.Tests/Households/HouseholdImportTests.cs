using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Relief.Core.Data.Scope;
using Relief.Core.DemoData;
using Relief.Core.Features.Households;
using Relief.Core.Features.Households.Import;

namespace Relief.Core.Tests.Households;

public sealed class HouseholdImportTests : IAsyncLifetime
{
    private RegistryDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await RegistryDatabase.CreateAsync();
        _db.ActAs(RegistryDatabase.Officer(_db.CompanyA));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static Dictionary<string, object?> Row(string name, object? idNumber, string unit = "甲一分工会", string categories = "困难职工") => new()
    {
        ["姓名"] = name,
        ["身份证号"] = idNumber,
        ["所属工会"] = unit,
        ["对象类别"] = categories,
        ["联系电话"] = "13912345678",
        ["家庭人口"] = 3,
        ["偏远"] = "否",
    };

    private static byte[] Sheet(params Dictionary<string, object?>[] rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows);
        return stream.ToArray();
    }

    private Task<ImportPreview> PreviewAsync(byte[] file) =>
        _db.RunAsync(sp => sp.GetRequiredService<HouseholdImportService>().PreviewAsync(new MemoryStream(file)));

    private Task<HouseholdImportResult> ImportAsync(byte[] file, string fingerprint) =>
        _db.RunAsync(sp => sp.GetRequiredService<HouseholdImportService>().ImportAsync(new MemoryStream(file), fingerprint));

    private Task<int> CountAsync() => _db.WithDbAsync(db => db.Households.OutsideUnitScope().CountAsync());

    [Fact]
    public async Task The_template_has_Chinese_headers_and_reads_back_as_a_sheet_without_rows()
    {
        using var template = new MemoryStream();
        HouseholdImportService.WriteTemplate(template);
        template.Position = 0;
        // The header row alone (no empty data row below it, as MiniExcel's template had).
        var headers = MiniExcel.Query(template, useHeaderRow: false).Cast<IDictionary<string, object?>>().Single().Values.Select(v => v?.ToString()).ToList();
        Assert.Equal(["姓名*", "身份证号*", "所属工会*", "对象类别*"], headers.Take(4));
        Assert.Contains("家庭人均月收入（元）", headers);
        Assert.Equal(2, MiniExcel.GetSheetNames(new MemoryStream(template.ToArray())).Count);

        var preview = await PreviewAsync(template.ToArray());
        var problem = Assert.Single(preview.Problems);
        Assert.Equal(0, problem.Row);
        Assert.Contains("没有数据行", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_template_is_a_valid_workbook_whose_ID_and_phone_columns_are_formatted_as_text()
    {
        using var template = new MemoryStream();
        HouseholdImportService.WriteTemplate(template);
        var file = template.ToArray();

        Common.XlsxAssert.Valid(file);
        var formats = Common.XlsxAssert.ColumnFormats(file);
        Assert.Equal(ImportColumns.All.Count, formats.Count);
        for (var i = 0; i < formats.Count; i++)
        {
            var isText = ImportColumns.All[i] is ImportColumn.IdNumber or ImportColumn.Phone;
            Assert.True(isText == (formats[i] == Common.XlsxAssert.TextFormat), $"{ImportColumns.All[i]}: format {formats[i]}");
        }
    }

    [Fact]
    public async Task The_full_problem_list_is_a_valid_workbook_with_every_problem()
    {
        var rows = Enumerable.Range(0, 300).Select(i => Row("=HYPERLINK(\"http://example.invalid\")", "11010519491231002" + (i % 9))).ToArray();
        var preview = await PreviewAsync(Sheet(rows));
        Assert.True(preview.Problems.Count >= 300);

        var output = new MemoryStream();
        await _db.RunAsync(sp =>
        {
            sp.GetRequiredService<HouseholdImportService>().WriteProblems(preview, output);
            return Task.CompletedTask;
        });
        var file = output.ToArray();
        Common.XlsxAssert.Valid(file);
        var cells = Common.XlsxAssert.Cells(file);
        Assert.Equal(3 * (preview.Problems.Count + 1), cells.Count);
        Assert.Equal(["行", "列", "问题"], cells.Take(3).Select(c => c.Text));
    }

    [Fact]
    public async Task ID_numbers_with_spaces_or_full_width_digits_are_normalized_and_an_unknown_region_is_refused()
    {
        var id = Inputs.IdNumber(60);
        var spaced = $"{id[..6]} {id[6..14]} {id[14..]}";
        var fullWidth = string.Concat(Inputs.IdNumber(61).Select(c => char.IsAsciiDigit(c) ? (char)('０' + (c - '0')) : c));
        var noRegion = ResidentIdNumber.Compose("000000", new DateOnly(1980, 1, 1), 123);

        var preview = await PreviewAsync(Sheet(Row("空格", spaced), Row("全角", fullWidth), Row("无地区", noRegion)));

        Assert.Equal([2, 3], preview.Rows.Select(r => r.Row));
        var problem = Assert.Single(preview.Problems);
        Assert.Equal((4, "身份证号"), (problem.Row, problem.Column));
        Assert.Contains("“00”", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_confirmed_import_reports_its_progress_to_the_end()
    {
        var file = Sheet([.. Enumerable.Range(100, 800).Select(i => Row(DemoCatalog.Surnames[i % DemoCatalog.Surnames.Count] + "进度", Inputs.IdNumber(i)))]);
        var preview = await PreviewAsync(file);
        Assert.True(preview.IsClean, string.Join("; ", preview.Problems.Take(3)));
        var progress = new ImportProgress(TimeProvider.System);

        var result = await _db.RunAsync(sp => sp.GetRequiredService<HouseholdImportService>().ImportAsync(new MemoryStream(file), preview.Fingerprint, progress));

        Assert.True(result.Succeeded);
        Assert.Equal((800, 800, 800), (progress.Total, progress.Checked, progress.Saved));
        Assert.True(progress.IsSaving);
        Assert.Equal(100, progress.Percent);
        Assert.Equal(TimeSpan.Zero, progress.Remaining());
    }

    [Fact]
    public async Task A_clean_file_is_imported_whole_and_importing_it_again_changes_nothing()
    {
        var file = Sheet(
            Row("王一", Inputs.IdNumber(1)),
            Row("王二", Inputs.IdNumber(2), unit: "甲公司工会", categories: "特困职工、大病致贫"),
            Row("王三", Inputs.IdNumber(3).ToLowerInvariant(), categories: "单亲, 残疾"));

        var preview = await PreviewAsync(file);
        Assert.True(preview.IsClean, string.Join("; ", preview.Problems));
        Assert.Equal([2, 3, 4], preview.Rows.Select(r => r.Row));
        Assert.Equal(HardshipLevel.Extreme, preview.Rows[1].Level);
        Assert.Equal(ResidentIdNumber.Mask(Inputs.IdNumber(2)), preview.Rows[1].IdNumberMasked);
        Assert.Equal(0, await CountAsync());

        var result = await ImportAsync(file, preview.Fingerprint);
        Assert.True(result.Succeeded);
        Assert.Equal(3, result.Imported);
        Assert.Equal(3, await CountAsync());
        var third = await _db.WithDbAsync(db => db.Households.Include(h => h.Categories).Include(h => h.StatusHistory).SingleAsync(h => h.Name == "王三"));
        Assert.Equal([HouseholdCategory.SingleParent, HouseholdCategory.Disabled], third.Categories.Select(c => c.Category).Order());
        Assert.Equal("从 Excel 导入建档", Assert.Single(third.StatusHistory).Reason);

        var again = await PreviewAsync(file);
        Assert.False(again.IsClean);
        Assert.Equal(3, again.Problems.Count);
        Assert.All(again.Problems, p => Assert.Contains("甲", p.Message, StringComparison.Ordinal));
        var second = await ImportAsync(file, again.Fingerprint);
        Assert.Equal(0, second.Imported);
        Assert.Equal(3, await CountAsync());
    }

    [Fact]
    public async Task Every_imported_file_is_audited_with_its_categories_and_history_and_the_import_itself()
    {
        var file = Sheet(Row("王一", Inputs.IdNumber(1)), Row("王二", Inputs.IdNumber(2), categories: "特困职工、大病致贫"));
        var preview = await PreviewAsync(file);
        var auditBefore = await _db.WithDbAsync(db => db.AuditEntries.CountAsync());

        Assert.True((await ImportAsync(file, preview.Fingerprint)).Succeeded);

        var (households, entries) = await _db.WithDbAsync(async db => (
            await db.Households.AsNoTracking().OrderBy(h => h.Id).ToListAsync(),
            await db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).Skip(auditBefore).ToListAsync()));
        var import = Assert.Single(entries, e => e.Entity == HouseholdImportService.AuditedImport);
        Assert.Equal(preview.Fingerprint, import.EntityKey);
        Assert.Contains("\"Households\":2", import.NewValues, StringComparison.Ordinal);
        var perFile = entries.Where(e => e.Entity == nameof(Household)).ToList();
        Assert.Equal(households.Select(h => h.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), perFile.Select(e => e.EntityKey));
        Assert.All(perFile, e =>
        {
            Assert.Equal(Relief.Core.Features.Administration.AuditAction.Insert, e.Action);
            Assert.NotNull(e.UserName);
            Assert.Equal(import.UserName, e.UserName);
            Assert.Contains("从 Excel 导入建档", e.NewValues, StringComparison.Ordinal);
            Assert.Contains("\"IdNumberCipher\":\"***\"", e.NewValues, StringComparison.Ordinal);
            Assert.DoesNotContain(Inputs.IdNumber(1), e.NewValues, StringComparison.Ordinal);
            Assert.DoesNotContain(Inputs.IdNumber(2), e.NewValues, StringComparison.Ordinal);
        });
        Assert.Contains("\"Categories\":[2,3]", perFile[1].NewValues, StringComparison.Ordinal);
        // Nothing else: no per-row entries for categories or history on top of the files' own.
        Assert.Equal(3, entries.Count);
    }

    [Fact]
    public async Task Every_problem_is_listed_by_row_and_column_and_nothing_is_written()
    {
        var onFile = Inputs.IdNumber(50);
        _db.ActAs(Relief.Core.Features.Administration.SystemActor.For("test set-up"));
        var created = await _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().CreateAsync(Inputs.Household(_db.BranchB.Id, "已有", onFile)));
        Assert.True(created.Succeeded);
        _db.ActAs(RegistryDatabase.Officer(_db.CompanyA));

        var good = Inputs.IdNumber(10);
        var wrongCheckDigit = good[..17] + (good[17] == '0' ? '1' : '0');
        var file = Sheet(
            Row("好人", good),                                          // 2
            Row("重复", good),                                          // 3
            Row("校验错", wrongCheckDigit),                             // 4
            Row("类别错", Inputs.IdNumber(11), categories: "贫困户"),   // 5
            Row("单位错", Inputs.IdNumber(12), unit: "丙分工会"),       // 6
            Row("数字", 331102197503080131d),                           // 7
            Row("科学计数", "3.31102E+17"),                             // 8
            Row("十七位", Inputs.IdNumber(13)[..17]),                   // 9
            Row("已建档", onFile),                                      // 10
            Row("范围外", Inputs.IdNumber(14), unit: "乙分工会"),       // 11
            Row("旧号", "110105491231002"),                             // 12
            Row("", Inputs.IdNumber(15)));                              // 13

        var preview = await PreviewAsync(file);
        Assert.False(preview.IsClean);
        void Has(int row, string column, string text) =>
            Assert.Contains(preview.Problems, p => p.Row == row && p.Column == column && p.Message.Contains(text, StringComparison.Ordinal));
        Has(3, "身份证号", "第 2 行");
        Has(4, "身份证号", "校验位");
        Has(5, "对象类别", "贫困户");
        Has(6, "所属工会", "丙分工会");
        Has(7, "身份证号", "数字");
        Has(8, "身份证号", "Excel");
        Has(9, "身份证号", "17 位");
        // On file in a unit outside the importer's scope: not named, only the unit above both to ask.
        Has(10, "身份证号", "此人已在其他单位建有档案，一人只能有一份档案。如需了解，请向“市总工会”查询。");
        Assert.DoesNotContain(preview.Problems, p => p.Row == 10 && p.Message.Contains("乙分工会", StringComparison.Ordinal));
        Has(11, "所属工会", "乙分工会");
        Has(12, "身份证号", "15位");
        Has(13, "姓名", "姓名");
        Assert.DoesNotContain(preview.Problems, p => p.Row == 2);
        Assert.Equal([2], preview.Rows.Select(r => r.Row));

        var result = await ImportAsync(file, preview.Fingerprint);
        Assert.False(result.Succeeded);
        Assert.Equal(0, result.Imported);
        Assert.Equal(1, await CountAsync());
    }

    [Fact]
    public async Task Wrong_or_missing_headers_are_reported_on_row_one()
    {
        var file = Sheet(new Dictionary<string, object?> { ["姓名"] = "王五", ["身份证"] = Inputs.IdNumber(20), ["对象类别"] = "困难职工", ["所属工会"] = "甲一分工会" });
        var preview = await PreviewAsync(file);
        Assert.Empty(preview.Rows);
        Assert.Contains(preview.Problems, p => p.Row == 1 && p.Message.Contains("“身份证”", StringComparison.Ordinal));
        Assert.Contains(preview.Problems, p => p.Row == 1 && p.Column == "身份证号" && p.Message.Contains("缺少", StringComparison.Ordinal));
    }

    [Fact]
    public async Task English_headers_are_understood_too()
    {
        var file = Sheet(new Dictionary<string, object?> { ["Name"] = "王五", ["ID number"] = Inputs.IdNumber(21), ["Categories"] = "Retiree", ["Union unit"] = "甲一分工会" });
        var preview = await PreviewAsync(file);
        Assert.True(preview.IsClean, string.Join("; ", preview.Problems));
    }

    [Theory]
    [InlineData("empty", "空")]
    [InlineData("text", "不是 Excel")]
    [InlineData("xls", ".xls")]
    [InlineData("large", "10 MB")]
    public async Task Files_that_are_not_usable_spreadsheets_get_a_clear_message(string kind, string expected)
    {
        byte[] file = kind switch
        {
            "empty" => [],
            "text" => "姓名,身份证号\n王五,11010519491231002X"u8.ToArray(),
            "xls" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0],
            _ => new byte[ExcelUpload.MaxBytes + 1],
        };
        var preview = await PreviewAsync(file);
        var problem = Assert.Single(preview.Problems);
        Assert.Equal(0, problem.Row);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
        Assert.False(preview.IsClean);
    }

    [Fact]
    public async Task A_broken_xlsx_and_a_changed_file_are_refused()
    {
        var broken = await PreviewAsync([0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5]);
        Assert.Contains("不是 Excel", Assert.Single(broken.Problems).Message, StringComparison.Ordinal);

        var file = Sheet(Row("王六", Inputs.IdNumber(30)));
        var preview = await PreviewAsync(file);
        var other = Sheet(Row("王七", Inputs.IdNumber(31)));
        var result = await ImportAsync(other, preview.Fingerprint);
        Assert.Equal(0, result.Imported);
        Assert.Contains("不同", Assert.Single(result.Preview.Problems).Message, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task A_person_filed_between_preview_and_confirm_stops_the_whole_import()
    {
        var file = Sheet(Row("甲", Inputs.IdNumber(40)), Row("乙", Inputs.IdNumber(41)));
        var preview = await PreviewAsync(file);
        Assert.True(preview.IsClean);

        var created = await _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().CreateAsync(Inputs.Household(_db.BranchA1.Id, "乙", Inputs.IdNumber(41))));
        Assert.True(created.Succeeded);

        var result = await ImportAsync(file, preview.Fingerprint);
        Assert.Equal(0, result.Imported);
        Assert.Contains(result.Preview.Problems, p => p.Row == 3);
        Assert.Equal(1, await CountAsync());
    }
}
