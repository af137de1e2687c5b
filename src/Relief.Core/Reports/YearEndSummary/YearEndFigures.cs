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
    public int HardshipEmployees { get; init; }
    public decimal HardshipAmount { get; init; }
    public int ExtremeHardshipEmployees { get; init; }
    public int CondolenceRecipients { get; init; }
    public decimal CondolenceAmount { get; init; }
    public int ExtremeHouseholdsOnFile { get; init; }
    public int ExtremeHouseholdsVisited { get; init; }
    public decimal ExtremeHouseholdAverage { get; init; }
    public int HouseholdsSurveyed { get; init; }
    public int FilesAdded { get; init; }
    public int FilesAdjusted { get; init; }
    public int OutOfHardship { get; init; }
    public int Applications { get; init; }
    public int ApprovedPeople { get; init; }
    public decimal ApprovedAmount { get; init; }
    public int Rejected { get; init; }
    public int Notices { get; init; }
    public DateOnly? FirstNoticeDate { get; init; }
    public int Objections { get; init; }
    public int ObjectionsUpheld { get; init; }
    public int ObjectionsDismissed { get; init; }
    public IReadOnlyList<VisitKindLine> VisitKinds { get; init; } = [];
    public IReadOnlyList<RegionLine> Regions { get; init; } = [];
    public int HouseholdsVisited { get; init; }
    public int LeadersTakingPart { get; init; }
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
    public decimal FundsBalance => Funds.Sum(f => f.Balance);
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
