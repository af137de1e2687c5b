using Microsoft.Extensions.Localization;
using Relief.Core.Features.Campaigns;
using Relief.Core.Reports.Printing;

namespace Relief.Core.Reports.YearEndSummary;

/// <summary>
/// The placeholders that name things one by one (each batch, each further allocation, each donor, each fund source), as
/// the seed's second report words them. Empty when there is nothing to name, so the clause holding them drops out.
/// </summary>
public static class SummaryListValues
{
    /// <summary>第一批（2021年1月7日公示）12人，每人500.00元，计6,000.00元；第二批…</summary>
    public static string NoticeBatches(YearEndFigures f, ReportFormat format, IStringLocalizer<CoreMessages> messages) =>
        string.Join(messages["Summary.Batch.Separator"], f.NoticeBatches.Select((batch, i) => messages["Summary.Batch",
            format.IsChinese ? ChineseNumber.Of(i + 1) : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            format.Date(batch.PostedOn), format.Count(batch.People), EachOrRange(batch.Lowest, batch.Highest, format, messages, "Summary.Batch"),
            format.Money(batch.Total)].Value));

    /// <summary>
    /// 2021年1月20日又拨出特困职工慰问款20,000.00元；… The union 拨出 its own money; money from above or from the treasury
    /// it 收到.
    /// </summary>
    public static string AdditionalAllocations(YearEndFigures f, ReportFormat format, IStringLocalizer<CoreMessages> messages) =>
        string.Join(messages["Summary.Batch.Separator"], f.AdditionalAllocations.Select(fund =>
            messages[fund.Kind is FundSourceKind.Allocation or FundSourceKind.FiscalSubsidy ? "Summary.Allocation.Received" : "Summary.Allocation",
                format.Date(fund.ReceivedOn), fund.Name, format.Money(fund.Amount)].Value));

    /// <summary>市商务局捐款5,000.00元，某超市捐赠物资折价3,000.00元</summary>
    public static string Donations(YearEndFigures f, ReportFormat format, IStringLocalizer<CoreMessages> messages) =>
        string.Join(messages["Summary.Donor.Separator"], f.Donors.Select(donor => (donor.Money > 0, donor.GoodsValue > 0) switch
        {
            (true, true) => messages["Summary.Donor.Both", donor.Donor, format.Money(donor.Money), format.Money(donor.GoodsValue)].Value,
            (true, false) => messages["Summary.Donor.Money", donor.Donor, format.Money(donor.Money)].Value,
            _ => messages["Summary.Donor.Goods", donor.Donor, format.Money(donor.GoodsValue)].Value,
        }));

    /// <summary>Each fund source by name with what it raised and spent: in 万元 in Chinese, as the customary wording states large sums.</summary>
    public static string FundsBySource(YearEndFigures f, ReportFormat format, IStringLocalizer<CoreMessages> messages)
    {
        string Amount(decimal value) => format.IsChinese ? format.TenThousands(value) : format.Money(value);
        return string.Join(messages["Summary.Batch.Separator"], f.Funds.Select(fund => fund.Spent > 0
            ? messages["Summary.FundSource", fund.Name, Amount(fund.Amount), Amount(fund.Spent)].Value
            : messages["Summary.FundSource.Unspent", fund.Name, Amount(fund.Amount)].Value));
    }

    /// <summary>The cash each household got with its goods: one amount when all got the same, else the range.</summary>
    public static string CashPerHousehold(YearEndFigures f, ReportFormat format, IStringLocalizer<CoreMessages> messages) =>
        f.CashAndGoodsHouseholds == 0 ? "" : EachOrRange(f.CashAndGoodsLowest, f.CashAndGoodsHighest, format, messages, "Summary.Cash");

    /// <summary>The directive as the seed cites it: 集团公司工会(2020)28号《关于…的通知》; either part alone when only it is known.</summary>
    public static string DirectiveCitation(YearEndFigures.CampaignHeading campaign, IStringLocalizer<CoreMessages> messages)
    {
        var number = campaign.Directive?.Trim();
        var title = campaign.DirectiveTitle?.Trim();
        if (string.IsNullOrEmpty(title)) return number ?? "";
        return string.IsNullOrEmpty(number) ? messages["Summary.Directive.Title", title] : messages["Summary.Directive.Citation", number, title];
    }

    private static string EachOrRange(decimal lowest, decimal highest, ReportFormat format, IStringLocalizer<CoreMessages> messages, string key) =>
        lowest == highest ? messages[key + ".Each", format.Money(lowest)] : messages[key + ".Range", format.Money(lowest), format.Money(highest)];
}
