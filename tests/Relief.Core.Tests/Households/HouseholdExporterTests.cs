using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Features.Households;
using Relief.Core.Tests.Common;

namespace Relief.Core.Tests.Households;

public sealed class HouseholdExporterTests : IAsyncLifetime
{
    private RegistryDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await RegistryDatabase.CreateAsync();
        _db.ActAs(RegistryDatabase.Officer(_db.CompanyA));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task The_export_is_a_valid_workbook_and_a_text_that_looks_like_a_formula_stays_text()
    {
        // Names refuse such text now (PersonNameRules); a region typed by hand still takes it, and so did names once.
        foreach (var (region, sequence) in new[] { ("=HYPERLINK(\"http://x.invalid\",\"点我\")", 1), ("@SUM(1+1)", 2), ("莲都区", 3) })
        {
            var input = Inputs.Household(_db.BranchA1.Id, "王芳", Inputs.IdNumber(sequence));
            input.Region = region;
            input.PerCapitaIncome = 1234.5m;
            var created = await _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().CreateAsync(input));
            Assert.True(created.Succeeded, string.Join("; ", created.Validation.Errors.Select(e => e.ErrorMessage)));
        }

        var output = new MemoryStream();
        await _db.RunAsync(sp => sp.GetRequiredService<HouseholdExporter>().ExportAsync(new HouseholdQuery(), output));
        var file = output.ToArray();

        XlsxAssert.Valid(file);
        var cells = XlsxAssert.Cells(file);
        Assert.Contains(cells, c => c.Text == "姓名");
        var formula = Assert.Single(cells, c => c.Text.StartsWith("=HYPERLINK", StringComparison.Ordinal));
        Assert.True(formula.QuotePrefix);
        Assert.Equal(XlsxAssert.TextFormat, formula.NumberFormat);
        Assert.True(Assert.Single(cells, c => c.Text == "@SUM(1+1)").QuotePrefix);
        Assert.False(Assert.Single(cells, c => c.Text == "莲都区").QuotePrefix);
        // A number cell: 1234.5 from SQLite's whole fen, 1234.50 from PostgreSQL's numeric(18,2); the same number to Excel.
        Assert.Contains(cells, c => decimal.TryParse(c.Text, NumberStyles.Number, CultureInfo.InvariantCulture, out var income) && income == 1234.5m && c.NumberFormat == 4);
    }

    [Fact]
    public async Task An_empty_export_still_has_its_header_row_and_is_valid()
    {
        var output = new MemoryStream();
        await _db.RunAsync(sp => sp.GetRequiredService<HouseholdExporter>().ExportAsync(new HouseholdQuery(), output));
        XlsxAssert.Valid(output.ToArray());
        Assert.Equal(12, XlsxAssert.Cells(output.ToArray()).Count);
    }
}
