using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Features.Households;
using Relief.Core.Reports.Printing;
using Relief.Core.Reports.YearEndSummary.Photos;
using Relief.Pdf;

namespace Relief.Core.Reports.YearEndSummary;

/// <summary>
/// The year-end summary as a union files it: title, author and date, the narrative with every blank filled,
/// then the tables and charts that back it, and the comparison with the previous campaign of the same season.
/// </summary>
public sealed partial class YearEndSummaryDocument(
    YearEndFigures figures, YearEndComparison? previous, string narrative, ReportByline byline, DateOnly printedOn,
    ReportFormat format, IStringLocalizer<CoreMessages> messages, IReadOnlyList<PrintedPhoto>? photos = null)
{
    private const string Ink = "#1a1a1a";
    private const string Muted = "#555555";
    private const string Rule = "#9a9a9a";
    private const string HeaderFill = "#efefef";
    private const string BarColor = "#8c1c2c";
    /// <summary>Table cells are set tighter than the 1.5 of the running text, as ledgers are.</summary>
    private const float CellLineSpacing = 1.25f;

    public string Title => messages["Summary.Title", figures.Campaign.Name];

    public Document Build() => Document.Create(document => document
        .Metadata(new DocumentMetadata
        {
            Title = Title,
            Author = byline.MetadataAuthor ?? "",
            Subject = figures.Campaign.UnitName,
            CreationDate = new DateTimeOffset(printedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        })
        .Page(page =>
        {
            page.Size(PageSizes.A4).MarginMillimetres(25, 22, 22, 20).DefaultTextStyle(s => s.FontSize(11).FontColor(Ink).LineHeight(1.5f));
            page.Header().PaddingBottom(6).BorderBottom(0.5f, Rule).Text(t => t.AlignRight().FontSize(8).FontColor(Muted).Span($"{figures.Campaign.UnitName} · {Title}"));
            page.Footer().PaddingTop(6).AlignCenter().Text(format.PageFooter).FontSize(9).FontColor(Muted);
            page.Content().Column(column =>
            {
                column.Spacing(8);
                column.Item().PaddingTop(6).Text(Title).AlignCenter().FontSize(18).Bold();
                column.Item().Text(t => t.AlignCenter().FontSize(10).FontColor(Muted)
                    .Span(byline.Line));
                column.Item().PaddingBottom(4).LineHorizontal(0.75f, Ink);
                var paragraphs = NarrativeTemplate.Paragraphs(narrative);
                foreach (var paragraph in paragraphs.SkipLast(1)) Paragraph(column.Item(), paragraph);
                // 落款: the issuing union and the date close the text, right-aligned, as on any document sent upwards;
                // it moves with the last paragraph, never alone onto a page of its own.
                column.Item().ShowEntire().Column(closing =>
                {
                    closing.Spacing(8);
                    if (paragraphs.Count > 0) Paragraph(closing.Item(), paragraphs[^1]);
                    closing.Item().PaddingTop(18).AlignRight().Column(signature =>
                    {
                        signature.Spacing(2);
                        signature.Item().AlignCenter().Text(figures.Campaign.UnitName);
                        signature.Item().AlignCenter().Text(byline.SignatureDate);
                    });
                });

                if (photos is { Count: > 0 })
                {
                    column.Item().PageBreak();
                    PhotoPage(column, photos);
                }

                column.Item().PageBreak();
                column.Item().Text(messages["Summary.Appendix"]).FontSize(14).Bold();
                Section(column, messages["Summary.Funds"], FundsTable);
                Section(column, messages["Summary.ByCategory"], CategoryTable);
                column.Item().ShowIf(figures.Categories.Count > 0).ShowEntire().BarChart(chart =>
                {
                    chart.Title(messages["Summary.ChartCategories"]).Orientation(BarOrientation.Horizontal).Height(40 + 22 * figures.Categories.Count)
                        .FontSize(9).BarColor(BarColor).ValueFormat("#,##0");
                    foreach (var line in figures.Categories.OrderByDescending(c => c.Households)) chart.Bar(messages.Label(line.Category), line.Households);
                });
                Section(column, messages["Summary.ByKind"], KindTable);
                Section(column, messages["Summary.Visits"], VisitTable);
                Section(column, messages["Summary.ByRegion"], RegionTable);
                column.Item().ShowIf(figures.Regions.Count > 0).ShowEntire().BarChart(chart =>
                {
                    chart.Title(messages["Summary.ChartRegions"]).Orientation(BarOrientation.Vertical).Height(180).FontSize(9).BarColor(BarColor).ValueFormat("#,##0");
                    foreach (var line in figures.Regions.OrderByDescending(r => r.Households)) chart.Bar(line.Region, line.Households);
                });
                Section(column, messages["Summary.Decisions"], DecisionTable);
                Section(column, messages["Summary.Concerns"], ConcernTable);
                Section(column, messages["Summary.Hotline"], HotlineTable);
                Section(column, messages["Summary.Goods"], GoodsTable);
                Section(column, messages["Summary.Outreach"], OutreachTable);
                Section(column, previous is null ? messages["Summary.NoPrevious"] : messages["Summary.Comparison", previous.CampaignName], ComparisonTable);
            });
        }));

    private void Paragraph(Container container, string paragraph)
    {
        var level = NarrativeLayout.LevelOf(paragraph);
        // English reports number their sections 1., 2.: there that is the first level.
        if (!format.IsChinese && level == 3) level = 1;
        switch (level)
        {
            case 1:
                container.PaddingTop(4).Text(paragraph).Bold().FontSize(12.5f);
                return;
            case 2:
                container.PaddingTop(2).Text((format.IsChinese ? "　　" : "") + paragraph).Bold().FontSize(11.5f);
                return;
            case 3:
                container.Text((format.IsChinese ? "　　" : "") + paragraph).Bold();
                return;
        }
        // Chinese paragraphs open with a two-character indent, as official documents do. "一是…" stays a paragraph,
        // its lead phrase (up to the first 。 or ：) in bold when it is short.
        var indent = format.IsChinese ? "　　" : "";
        var lead = NarrativeLayout.LeadPhrase(paragraph);
        container.Text(t =>
        {
            if (lead.Length > 0) t.Span(indent + lead).Bold();
            t.Span(lead.Length > 0 ? paragraph[lead.Length..] : indent + paragraph);
            t.Justify();
        });
    }

    /// <summary>
    /// 走访剪影: the chosen photos two to a row, each with its caption and, smaller, the unit and the day; a row never
    /// splits across pages. Six photos fill one A4 page.
    /// </summary>
    private void PhotoPage(ColumnDescriptor column, IReadOnlyList<PrintedPhoto> chosen)
    {
        column.Item().PaddingBottom(4).Text(messages["Summary.Photos"]).AlignCenter().FontSize(14).Bold();
        foreach (var pair in chosen.Chunk(2))
        {
            column.Item().ShowEntire().Row(row =>
            {
                row.Spacing(14);
                foreach (var photo in pair)
                {
                    row.RelativeItem().Column(cell =>
                    {
                        cell.Spacing(2);
                        // A little narrower than the column, so three rows with three-line captions stay on one A4 page.
                        cell.Item().PaddingHorizontal(32).Border(0.5f, Rule).Image(photo.Jpeg);
                        cell.Item().Text(photo.Caption).AlignCenter().FontSize(9.5f).LineSpacing(1.3f);
                        cell.Item().Text($"{photo.UnitName} · {format.Date(photo.TakenOn)}").AlignCenter().FontSize(8).FontColor(Muted).LineSpacing(1.2f);
                    });
                }
                if (pair.Length == 1) row.RelativeItem().Text("");
            });
        }
    }

    /// <summary>A heading and its table kept on one page (a heading never ends a page, a total row never starts one), unless the table is longer than a page.</summary>
    private static void Section(ColumnDescriptor column, string title, Action<Container> body) =>
        column.Item().ShowEntire().Column(section =>
        {
            section.Spacing(6);
            section.Item().PaddingTop(10).Text(title).Bold().FontSize(12);
            body(section.Item());
        });

    private void FundsTable(Container container) => container.Table(table =>
    {
        table.ColumnsDefinition(c => { c.RelativeColumn(1.05f); c.RelativeColumn(2.7f); c.RelativeColumn(1.1f); c.RelativeColumn(1.1f); c.RelativeColumn(1.1f); c.RelativeColumn(1.1f); });
        Header(table, 2, "Summary.Col.Source", "Summary.Col.Name", "Summary.Col.Raised", "Summary.Col.Committed", "Summary.Col.Spent", "Summary.Col.Balance");
        foreach (var fund in figures.Funds)
        {
            Cell(table, messages.Label(fund.Kind));
            Cell(table, fund.Donor is null ? fund.Name : $"{fund.Name}（{fund.Donor}）");
            Number(table, format.Money(fund.Amount));
            Number(table, format.Money(fund.Committed));
            Number(table, format.Money(fund.Spent));
            Number(table, format.Money(fund.Balance));
        }
        table.Footer(f =>
        {
            TotalCell(f.Cell(2), messages["Summary.Total"], alignRight: false);
            TotalCell(f.Cell(), format.Money(figures.FundsRaised));
            TotalCell(f.Cell(), format.Money(figures.Funds.Sum(x => x.Committed)));
            TotalCell(f.Cell(), format.Money(figures.FundsSpent));
            TotalCell(f.Cell(), format.Money(figures.FundsFree));
        });
    });

    private void CategoryTable(Container container) => container.Table(table =>
    {
        table.ColumnsDefinition(c => { c.RelativeColumn(2); c.RelativeColumn(); c.RelativeColumn(); c.RelativeColumn(); c.RelativeColumn(); });
        Header(table, "Summary.Col.Category", "Summary.Col.Households", "Summary.Col.Cash", "Summary.Col.InKind", "Summary.Col.Total");
        foreach (var line in figures.Categories.OrderBy(c => c.Category))
        {
            Cell(table, messages.Label(line.Category));
            Number(table, format.Count(line.Households));
            Number(table, format.Money(line.Cash));
            Number(table, format.Money(line.InKind));
            Number(table, format.Money(line.Cash + line.InKind));
        }
        table.Footer(f =>
        {
            TotalCell(f.Cell(), messages["Summary.TotalHouseholds"], alignRight: false);
            TotalCell(f.Cell(), format.Count(figures.HouseholdsHelped));
            TotalCell(f.Cell(), format.Money(figures.CashTotal));
            TotalCell(f.Cell(), format.Money(figures.InKindTotal));
            TotalCell(f.Cell(), format.Money(figures.CashTotal + figures.InKindTotal));
        });
    });

    private void KindTable(Container container) => container.Table(table =>
    {
        table.ColumnsDefinition(c => { c.RelativeColumn(2); c.RelativeColumn(); c.RelativeColumn(); });
        Header(table, "Summary.Col.Kind", "Summary.Col.Grants", "Summary.Col.Amount");
        foreach (var line in figures.Kinds.OrderBy(k => k.Kind))
        {
            Cell(table, messages.Label(line.Kind));
            Number(table, format.Count(line.Grants));
            Number(table, format.Money(line.Amount));
        }
        table.Footer(f =>
        {
            TotalCell(f.Cell(), messages["Summary.Total"], alignRight: false);
            TotalCell(f.Cell(), format.Count(figures.Kinds.Sum(k => k.Grants)));
            TotalCell(f.Cell(), format.Money(figures.Kinds.Sum(k => k.Amount)));
        });
    });

    private void VisitTable(Container container) => container.Table(table =>
    {
        table.ColumnsDefinition(c => { c.RelativeColumn(2); c.RelativeColumn(); c.RelativeColumn(); });
        Header(table, "Summary.Col.VisitKind", "Summary.Col.Visits", "Summary.Col.Households");
        foreach (var line in figures.VisitKinds.OrderBy(v => v.Kind))
        {
            Cell(table, messages.Label(line.Kind));
            Number(table, format.Count(line.Visits));
            Number(table, format.Count(line.Households));
        }
        table.Footer(f =>
        {
            TotalCell(f.Cell(), messages["Summary.VisitsTotal", format.Count(figures.LeadersTakingPart)], alignRight: false);
            TotalCell(f.Cell(), format.Count(figures.VisitKinds.Sum(v => v.Visits)));
            TotalCell(f.Cell(), format.Count(figures.HouseholdsVisited));
        });
    });

    private void RegionTable(Container container) => container.Table(table =>
    {
        table.ColumnsDefinition(c => { c.RelativeColumn(2); c.RelativeColumn(); });
        Header(table, "Summary.Col.Region", "Summary.Col.Households");
        foreach (var line in figures.Regions.OrderByDescending(r => r.Households))
        {
            Cell(table, line.Region);
            Number(table, format.Count(line.Households));
        }
        if (figures.Regions.Count == 0)
        {
            // An empty table reads as a page left unfinished: say there was nothing.
            Cell(table, messages["Summary.NoRegion"]);
            Number(table, format.Count(0));
        }
    });

    private void DecisionTable(Container container) => container.Table(table =>
    {
        table.ColumnsDefinition(c => { c.RelativeColumn(3); c.RelativeColumn(); });
        Header(table, "Summary.Col.Item", "Summary.Col.Figure");
        Pair(table, "Summary.Row.Meetings", format.Count(figures.CommitteeMeetings));
        Pair(table, "Summary.Row.Applications", format.Count(figures.Applications));
        Pair(table, "Summary.Row.Approved", format.Count(figures.ApprovedPeople));
        Pair(table, "Summary.Row.ApprovedGrants", format.Count(figures.ApprovedGrants));
        Pair(table, "Summary.Row.ApprovedAmount", format.Money(figures.ApprovedAmount));
        Pair(table, "Summary.Row.Rejected", format.Count(figures.Rejected));
        Pair(table, "Summary.Row.Notices", format.Count(figures.Notices));
        Pair(table, "Summary.Row.Objections", format.Count(figures.Objections));
        Pair(table, "Summary.Row.ObjectionsUpheld", format.Count(figures.ObjectionsUpheld));
        Pair(table, "Summary.Row.ObjectionsDismissed", format.Count(figures.ObjectionsDismissed));
        Pair(table, "Summary.Row.ObjectionsOpen", format.Count(figures.ObjectionsOpen));
        Pair(table, "Summary.Row.Surveyed", format.Count(figures.HouseholdsSurveyed));
        Pair(table, "Summary.Row.FilesAdded", format.Count(figures.FilesAdded));
        Pair(table, "Summary.Row.FilesAdjusted", format.Count(figures.FilesAdjusted));
        Pair(table, "Summary.Row.OutOfHardship", format.Count(figures.OutOfHardship));
    });

    private void ConcernTable(Container container) => container.Table(table =>
    {
        table.ColumnsDefinition(c => { c.RelativeColumn(2); c.RelativeColumn(); c.RelativeColumn(); });
        Header(table, "Summary.Col.ConcernCategory", "Summary.Col.Raised2", "Summary.Col.Resolved");
        foreach (var line in figures.Concerns.OrderBy(c => c.Category))
        {
            Cell(table, messages.Label(line.Category));
            Number(table, format.Count(line.Raised));
            Number(table, format.Count(line.Resolved));
        }
        table.Footer(f =>
        {
            TotalCell(f.Cell(), messages["Summary.Total"], alignRight: false);
            TotalCell(f.Cell(), format.Count(figures.ConcernsRaised));
            TotalCell(f.Cell(), format.Count(figures.ConcernsResolved));
        });
    });

    private void ComparisonTable(Container container) => container.Table(table =>
    {
        table.ColumnsDefinition(c => { c.RelativeColumn(2.4f); c.RelativeColumn(); c.RelativeColumn(); c.RelativeColumn(); });
        Header(table, "Summary.Col.Item", "Summary.Col.This", "Summary.Col.Previous", "Summary.Col.Change");
        Compare(table, "Summary.Row.FundsRaised", figures.FundsRaised, previous?.FundsRaised, money: true);
        Compare(table, "Summary.Row.FundsSpent", figures.FundsSpent, previous?.FundsSpent, money: true);
        Compare(table, "Summary.Row.HouseholdsHelped", figures.HouseholdsHelped, previous?.HouseholdsHelped, money: false);
        Compare(table, "Summary.Row.CashTotal", figures.CashTotal, previous?.CashTotal, money: true);
        Compare(table, "Summary.Row.InKindTotal", figures.InKindTotal, previous?.InKindTotal, money: true);
        Compare(table, "Summary.Row.Approved", figures.ApprovedPeople, previous?.ApprovedPeople, money: false);
        Compare(table, "Summary.Row.HouseholdsVisited", figures.HouseholdsVisited, previous?.HouseholdsVisited, money: false);
        Compare(table, "Summary.Row.Leaders", figures.LeadersTakingPart, previous?.LeadersTakingPart, money: false);
        Compare(table, "Summary.Row.ConcernsRaised", figures.ConcernsRaised, previous?.ConcernsRaised, money: false);
        Compare(table, "Summary.Row.ConcernsResolved", figures.ConcernsResolved, previous?.ConcernsResolved, money: false);
        Compare(table, "Summary.Row.HotlineCalls", figures.HotlineGoods.Calls, previous?.HotlineCalls, money: false);
        Compare(table, "Summary.Row.GoodsDonated", figures.HotlineGoods.GoodsReceivedValue, previous?.GoodsReceivedValue, money: true);
    });

    /// <summary>送服务 and 结对帮扶, this campaign beside the previous one; goods one row per unit (斤、袋、桶…).</summary>
    private void OutreachTable(Container container) => container.Table(table =>
    {
        table.ColumnsDefinition(c => { c.RelativeColumn(2.4f); c.RelativeColumn(); c.RelativeColumn(); c.RelativeColumn(); });
        Header(table, "Summary.Col.Item", "Summary.Col.This", "Summary.Col.Previous", "Summary.Col.Change");
        var (now, before) = (figures.Services, previous?.Services);
        Compare(table, "Summary.Row.ServiceEvents", now.Events, before?.Events, money: false);
        Compare(table, "Summary.Row.JobFairs", now.JobFairs, before?.JobFairs, money: false);
        Compare(table, "Summary.Row.Employers", now.Employers, before?.Employers, money: false);
        Compare(table, "Summary.Row.JobTypes", now.JobTypes, before?.JobTypes, money: false);
        Compare(table, "Summary.Row.PositionsOffered", now.PositionsOffered, before?.PositionsOffered, money: false);
        Compare(table, "Summary.Row.JobFairAttendees", now.Attendees, before?.Attendees, money: false);
        Compare(table, "Summary.Row.HiringIntentions", now.HiringIntentions, before?.HiringIntentions, money: false);
        Compare(table, "Summary.Row.LegalConsultations", now.Consultations, before?.Consultations, money: false);
        Compare(table, "Summary.Row.LegalCases", now.CasesTaken, before?.CasesTaken, money: false);
        Compare(table, "Summary.Row.Trainees", now.Trainees, before?.Trainees, money: false);
        Compare(table, "Summary.Row.EventSymposiums", now.Symposiums, before?.Symposiums, money: false);
        var (paired, pairedBefore) = (figures.Pairing, previous?.Pairing);
        Compare(table, "Summary.Row.PairingHelpers", paired.Helpers, pairedBefore?.Helpers, money: false);
        Compare(table, "Summary.Row.PairedHouseholds", paired.Households, pairedBefore?.Households, money: false);
        Compare(table, "Summary.Row.PairingMoney", paired.Money, pairedBefore?.Money, money: true);
        foreach (var unit in paired.Goods.Select(g => g.Unit).Union(pairedBefore?.Goods.Select(g => g.Unit) ?? []))
        {
            var quantity = paired.Goods.Where(g => g.Unit == unit).Sum(g => g.Quantity);
            var earlier = pairedBefore?.Goods.Where(g => g.Unit == unit).Sum(g => g.Quantity);
            Cell(table, messages["Summary.Row.PairingGoods", unit]);
            Number(table, format.Quantity(quantity, unit));
            Number(table, earlier is { } e ? format.Quantity(e, unit) : "—");
            Number(table, format.Change(quantity, earlier));
        }
        Compare(table, "Summary.Row.PairingJobs", paired.Jobs, pairedBefore?.Jobs, money: false);
    });

    private void Compare(TableDescriptor table, string key, decimal current, decimal? before, bool money)
    {
        Cell(table, messages[key]);
        Number(table, money ? format.Money(current) : format.Count((int)current));
        Number(table, before is not { } b ? "—" : money ? format.Money(b) : format.Count((int)b));
        Number(table, money ? format.MoneyChange(current, before) : format.Change(current, before));
    }

    private void Pair(TableDescriptor table, string key, string value)
    {
        Cell(table, messages[key]);
        Number(table, value);
    }

    private void Header(TableDescriptor table, params string[] keys) => Header(table, 1, keys);

    /// <summary>Column titles over text left-aligned, over figures right-aligned like the figures.</summary>
    private void Header(TableDescriptor table, int textColumns, params string[] keys) => table.Header(header =>
    {
        for (var i = 0; i < keys.Length; i++)
        {
            var cell = header.Cell().Background(HeaderFill).Border(0.5f, Rule).Padding(4, 3);
            var text = cell.Text(messages[keys[i]]).Bold().FontSize(9.5f).LineSpacing(CellLineSpacing);
            if (i >= textColumns) text.AlignRight();
        }
    });

    private static void Cell(TableDescriptor table, string text) =>
        table.Cell().Border(0.5f, Rule).Padding(4, 3).Text(text).FontSize(9.5f).LineSpacing(CellLineSpacing);

    private static void Number(TableDescriptor table, string text) =>
        table.Cell().Border(0.5f, Rule).Padding(4, 3).Text(text).FontSize(9.5f).LineSpacing(CellLineSpacing).AlignRight();

    private static void TotalCell(Container cell, string text, bool alignRight = true)
    {
        var descriptor = cell.Background(HeaderFill).Border(0.5f, Rule).Padding(4, 3).Text(text).FontSize(9.5f).LineSpacing(CellLineSpacing).Bold();
        if (alignRight) descriptor.AlignRight();
    }
}
