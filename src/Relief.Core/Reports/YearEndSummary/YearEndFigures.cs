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

    public sealed record CampaignHeading(
        int Id, string Name, int Year, Season Season, string? Theme, string? Directive, DateOnly StartsOn, DateOnly EndsOn, string UnitName);

    public sealed record KindLine(GrantKind Kind, int Grants, decimal Amount);

    public sealed record VisitKindLine(VisitKind Kind, int Visits, int Households);

    public sealed record RegionLine(string Region, int Households);

    public sealed record ConcernLine(ConcernCategory Category, int Raised, int Resolved);
}
