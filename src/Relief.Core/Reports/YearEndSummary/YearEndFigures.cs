using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Dashboard;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;
using Relief.Core.Features.Pairing;
using Relief.Core.Features.ServiceEvents;
using Relief.Core.Features.Visits;

namespace Relief.Core.Reports.YearEndSummary;

/// <summary>Every figure the year-end summary states, for one campaign within the reader's scope.</summary>
public sealed record YearEndFigures
{
    public required CampaignHeading Campaign { get; init; }
    public int CommitteeMeetings { get; init; }
    public IReadOnlyList<FundSourceLine> Funds { get; init; } = [];
    public IReadOnlyList<PaidCategoryLine> Categories { get; init; } = [];
    public IReadOnlyList<KindLine> Kinds { get; init; } = [];
    public int HouseholdsHelped { get; init; }
    public decimal CashTotal { get; init; }
    public decimal InKindTotal { get; init; }
    /// <summary>Paid grants (笔) paid by bank transfer, 实名制打卡发放, and their amount.</summary>
    public int BankPaidGrants { get; init; }
    public decimal BankPaidAmount { get; init; }
    /// <summary>Distinct persons (heads of household, by ID number) paid a hardship subsidy whose grant's category is 困难职工 or 特困职工.</summary>
    public int HardshipEmployees { get; init; }
    /// <summary>Distinct persons paid a hardship subsidy, whatever their category.</summary>
    public int HardshipSubsidyPersons { get; init; }
    /// <summary>The categories of the paid hardship subsidies, in category order: what the sentence about them names.</summary>
    public IReadOnlyList<HouseholdCategory> HardshipSubsidyCategories { get; init; } = [];
    public decimal HardshipAmount { get; init; }
    public int ExtremeHardshipEmployees { get; init; }
    /// <summary>Distinct persons paid a holiday condolence payment.</summary>
    public int CondolenceRecipients { get; init; }
    /// <summary>The categories of the paid holiday condolence payments, in category order.</summary>
    public IReadOnlyList<HouseholdCategory> CondolenceCategories { get; init; } = [];
    public decimal CondolenceAmount { get; init; }
    public int ExtremeHouseholdsOnFile { get; init; }
    public int ExtremeHouseholdsVisited { get; init; }
    /// <summary>Of the extreme-hardship households leaders visited at home, those paid a grant of the campaign.</summary>
    public int ExtremeVisitedPaidHouseholds { get; init; }
    /// <summary>What paid grants gave the extreme-hardship households leaders visited at home.</summary>
    public decimal ExtremeVisitedPaidAmount { get; init; }
    public int HouseholdsSurveyed { get; init; }
    public int FilesAdded { get; init; }
    public int FilesAdjusted { get; init; }
    public int OutOfHardship { get; init; }
    public int Applications { get; init; }
    /// <summary>Distinct persons (heads of household, by ID number) with an approved grant: approved, on notice, payable or paid.</summary>
    public int ApprovedPeople { get; init; }
    /// <summary>Approved grants (笔): one person may hold several, of different kinds or from different units.</summary>
    public int ApprovedGrants { get; init; }
    public decimal ApprovedAmount { get; init; }
    /// <summary>Distinct persons listed on the campaign's posted notices.</summary>
    public int NoticedPeople { get; init; }
    public int Rejected { get; init; }
    public int Notices { get; init; }
    public DateOnly? FirstNoticeDate { get; init; }
    public int Objections { get; init; }
    public int ObjectionsUpheld { get; init; }
    public int ObjectionsDismissed { get; init; }
    public int ObjectionsOpen => Objections - ObjectionsUpheld - ObjectionsDismissed;
    public IReadOnlyList<VisitKindLine> VisitKinds { get; init; } = [];
    public IReadOnlyList<RegionLine> Regions { get; init; } = [];
    public int HouseholdsVisited { get; init; }
    public int LeadersTakingPart { get; init; }
    /// <summary>Distinct people on the campaign's visits, leaders and officers alike (a user once, anyone else by name).</summary>
    public int VisitorsTakingPart { get; init; }
    public int ConcernsRaised { get; init; }
    public int ConcernsResolved { get; init; }
    public IReadOnlyList<ConcernLine> Concerns { get; init; } = [];
    /// <summary>送服务活动: job fairs, legal aid, training, cultural events and symposiums.</summary>
    public ServiceEventTotals Services { get; init; } = ServiceEventTotals.None;
    /// <summary>结对帮扶: helpers, households paired, money, goods by unit, jobs.</summary>
    public PairingTotals Pairing { get; init; } = PairingTotals.None;
    public HotlineGoodsFigures HotlineGoods { get; init; } = HotlineGoodsFigures.None;
    /// <summary>The posted notices by the day they went up (第一批, 第二批…), in date order: approved grants listed, by person.</summary>
    public IReadOnlyList<NoticeBatchLine> NoticeBatches { get; init; } = [];
    /// <summary>Donors by name, the largest gift first: money (donation fund sources) and goods (receipts, at their value).</summary>
    public IReadOnlyList<DonorLine> Donors { get; init; } = [];
    /// <summary>人次 at the campaign's symposium visits: each visitor and each household on each symposium counts once.</summary>
    public int SymposiumAttendances { get; init; }
    /// <summary>Distinct households paid grants carrying both cash and goods (每户…元现金和米、面、油).</summary>
    public int CashAndGoodsHouseholds { get; init; }
    /// <summary>The least and the most cash one of those households received on such grants.</summary>
    public decimal CashAndGoodsLowest { get; init; }
    public decimal CashAndGoodsHighest { get; init; }
    /// <summary>The goods on those grants by name, the most often given first.</summary>
    public IReadOnlyList<string> CashAndGoodsItems { get; init; } = [];

    public decimal FundsRaised => Funds.Sum(f => f.Amount);
    public decimal FundsSpent => Funds.Sum(f => f.Spent);
    /// <summary>结余: raised less spent. The approved-but-unpaid part of it is <see cref="FundsCommitted"/>, the rest <see cref="FundsFree"/>.</summary>
    public decimal FundsBalance => FundsRaised - FundsSpent;
    public decimal FundsCommitted => Funds.Sum(f => f.Committed);
    /// <summary>What is still free to allocate: raised less committed less spent (the ledger's balance).</summary>
    public decimal FundsFree => Funds.Sum(f => f.Balance);
    /// <summary>户均 over the households that received: <see cref="ExtremeVisitedPaidAmount"/> / <see cref="ExtremeVisitedPaidHouseholds"/>.</summary>
    public decimal ExtremeHouseholdAverage => ExtremeVisitedPaidHouseholds == 0 ? 0 : Math.Round(ExtremeVisitedPaidAmount / ExtremeVisitedPaidHouseholds, 2);
    public int HomeVisits => VisitKinds.Where(v => v.Kind == VisitKind.Home).Sum(v => v.Households);
    public int HospitalVisits => VisitKinds.Where(v => v.Kind == VisitKind.Hospital).Sum(v => v.Households);
    public int RemoteContacts => VisitKinds.Where(v => v.Kind is VisitKind.Phone or VisitKind.Letter).Sum(v => v.Households);
    public int Symposiums => VisitKinds.Where(v => v.Kind == VisitKind.Symposium).Sum(v => v.Visits);

    /// <summary>
    /// 又拨出: money allocated after the campaign's first funds came in (every source but donations, which are gifts, not
    /// allocations), in date order.
    /// </summary>
    public IReadOnlyList<FundSourceLine> AdditionalAllocations
    {
        get
        {
            if (Funds.Count == 0) return [];
            var first = Funds.Min(f => f.ReceivedOn);
            return [.. Funds.Where(f => f.Kind != FundSourceKind.Donation && f.ReceivedOn > first).OrderBy(f => f.ReceivedOn).ThenBy(f => f.Id)];
        }
    }

    public sealed record CampaignHeading(
        int Id, string Name, int Year, Season Season, string? Theme, string? Directive, DateOnly StartsOn, DateOnly EndsOn, string UnitName)
    {
        /// <summary>The directive's title, printed 《…》 after its number.</summary>
        public string? DirectiveTitle { get; init; }
        /// <summary>撰写人 as the union saved it for this report; null when nobody set it.</summary>
        public string? ReportAuthor { get; init; }
        /// <summary>The report's date as the union saved it; null when nobody set it.</summary>
        public DateOnly? ReportDate { get; init; }
    }

    /// <summary>One batch of notices (those posted on one day): distinct persons, the least and most one person is listed for, and the total.</summary>
    public sealed record NoticeBatchLine(DateOnly PostedOn, int People, decimal Lowest, decimal Highest, decimal Total);

    /// <summary>A donor and what they gave: money raised as a donation fund source, and goods at their stated value.</summary>
    public sealed record DonorLine(string Donor, decimal Money, decimal GoodsValue);

    public sealed record KindLine(GrantKind Kind, int Grants, decimal Amount);

    public sealed record VisitKindLine(VisitKind Kind, int Visits, int Households);

    public sealed record RegionLine(string Region, int Households);

    public sealed record ConcernLine(ConcernCategory Category, int Raised, int Resolved);
}
