using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Benchmarks.Scale;
using Relief.Core.Data;
using Relief.Core.DemoData;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;
using Relief.Core.Features.Notices;
using Relief.Core.Features.Surveys;
using Relief.Core.Features.Visits;

namespace Relief.Benchmarks.Printouts;

/// <summary>
/// Two New Year campaigns of the province (2023, the previous one the summary compares with, and 2024), each with
/// GRANTS grants and VISITS visits, written through the real model into a fresh SQLite file made by the real
/// migrations (units and households from the scale generator). One grassroots union holds a sign-off sheet of
/// LINES payable or paid grants in 2024. Deterministic from a fixed seed.
/// </summary>
/// <remarks>
/// Written: units, households (with categories, members, history), campaigns with their fund sources charged
/// exactly, committee meetings, grants with in-kind items, disbursements, notices with objections, visits with
/// visitors and households, concerns, surveys. Not written: decisions and notice lines, which no summary figure and no
/// sign-off line reads.
/// </remarks>
internal sealed class PrintoutData
{
    public const int PreviousCampaignId = 1;
    public const int CampaignId = 2;
    public static readonly int SheetUnitId = ScaleUnits.GrassrootsId(0);

    private static readonly (VisitKind Kind, int Weight)[] KindWeights =
        [(VisitKind.Home, 55), (VisitKind.Hospital, 8), (VisitKind.Phone, 17), (VisitKind.Letter, 8), (VisitKind.Symposium, 2), (VisitKind.GroupEvent, 10)];

    private readonly int _grants;
    private readonly int _visits;
    private readonly int _lines;
    private readonly int _householdCount;

    public PrintoutData(int grants, int visits, int lines)
    {
        // Three households in five get a second (in-kind) grant: grants = households × 1.67.
        _householdCount = Math.Max(1, grants * 3 / 5);
        if (lines / 2 > grants - _householdCount) throw new ArgumentException($"A {lines}-line sheet needs at least {lines / 2} households with two grants.");
        (_grants, _visits, _lines) = (grants, visits, lines);
    }

    public async Task WriteAsync(string path)
    {
        var total = Stopwatch.StartNew();
        await using var services = ScaleServices.Build(path, withInterceptors: false);
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ReliefDbContext>().Database.MigrateAsync();
            scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>().CreateProtector("Relief.Startup").Protect("ready");
        }
        await using var bulk = services.CreateAsyncScope();
        var db = bulk.ServiceProvider.GetRequiredService<ReliefDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await db.Database.OpenConnectionAsync();
        await using (var pragma = db.Database.GetDbConnection().CreateCommand())
        {
            pragma.CommandText = "PRAGMA synchronous = OFF; PRAGMA journal_mode = MEMORY; PRAGMA cache_size = -262144;";
            await pragma.ExecuteNonQueryAsync();
        }
        var writer = new BulkWriter(db);
        var units = new ScaleUnits();
        await writer.WriteAsync("units", units.All);

        var households = new ScaleHouseholds(_householdCount, new Random(ScaleSettings.Seed));
        // The sign-off sheet's union: the first LINES/2 households, each with two grants.
        for (var i = 0; i < households.Count; i++)
        {
            if (i < _lines / 2)
            {
                households.UnitIds[i] = SheetUnitId;
                households.Grassroots[i] = 0;
            }
            else if (households.UnitIds[i] == SheetUnitId)
            {
                // The union's other files go to its first branch, so its own sheet has exactly LINES lines.
                households.UnitIds[i] = ScaleUnits.BranchId(0, 0);
            }
        }
        var protector = bulk.ServiceProvider.GetRequiredService<IdNumberProtector>();
        households.Protect(protector);
        await writer.WriteAsync("households (+categories, members, history)", households.Entities(protector, units), 10_000);

        var plans = new[] { Plan(households, 0, new Random(ScaleSettings.Seed + 21)), Plan(households, 1, new Random(ScaleSettings.Seed + 22)) };
        await writer.WriteAsync("campaigns (+fund sources)", plans.Select(Campaign), 1);
        await writer.WriteAsync("committee meetings", plans.SelectMany(Meetings));
        await writer.WriteAsync("grants (+in-kind items)", plans.SelectMany(p => Grants(p, households)));
        await writer.WriteAsync("disbursements", plans.SelectMany(Disbursements));
        await writer.WriteAsync("notices (+objections)", plans.SelectMany(p => Notices(p, units)));
        var visitIds = 0;
        foreach (var plan in plans)
            await writer.WriteAsync($"visits {plan.Year} (+visitors, households)", Visits(plan, households, new Random(ScaleSettings.Seed + 30 + plan.Index), () => ++visitIds), 10_000);
        await writer.WriteAsync("concerns", plans.SelectMany(p => Concerns(p, households)));
        await writer.WriteAsync("surveys", Surveys(plans[1], households));
        await db.Database.CloseConnectionAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {writer.RowsWritten:N0} rows in {total.Elapsed.TotalSeconds:F0} s, {new FileInfo(path).Length / 1048576.0:N0} MB"));
    }

    private sealed record GrantPlan(int Id, int Household, GrantKind Kind, HouseholdCategory Category, decimal Cash, decimal InKind, GrantStatus Status)
    {
        public decimal Total => Cash + InKind;
    }

    private sealed record CampaignPlan(int Index, int Id, int Year, List<GrantPlan> Grants)
    {
        public DateOnly StartsOn => new(Year - 1, 12, 15);
        public DateOnly EndsOn => new(Year, 2, 10);
        public DateOnly PaidOn => new(Year, 1, 25);
    }

    private CampaignPlan Plan(ScaleHouseholds households, int index, Random random)
    {
        var id = index + 1;
        var grants = new List<GrantPlan>(_grants);
        var firstId = (index * _grants) + 1;
        for (var n = 0; n < _grants; n++)
        {
            var household = n < _householdCount ? n : n - _householdCount;
            var profile = households.ProfileOf(household);
            var inKind = n >= _householdCount;
            var onSheet = id == CampaignId && household < _lines / 2;
            var roll = random.Next(100);
            var status = onSheet
                ? roll < 85 ? GrantStatus.Disbursed : GrantStatus.Payable
                : roll switch
                {
                    < 78 => GrantStatus.Disbursed,
                    < 84 => GrantStatus.Payable,
                    < 88 => GrantStatus.OnNotice,
                    < 91 => GrantStatus.Approved,
                    < 94 => GrantStatus.Applied,
                    < 98 => GrantStatus.Rejected,
                    _ => GrantStatus.Withdrawn,
                };
            var cash = inKind ? 0m : Math.Round(profile.Standard * (0.9m + (0.05m * index)) / 100m) * 100m;
            var parcel = inKind ? DemoCatalog.HolidayParcel.Sum(p => p.Quantity * p.UnitValue) : 0m;
            grants.Add(new GrantPlan(firstId + n, household, inKind ? GrantKind.InKind : profile.GrantKind, profile.Category, cash, parcel, status));
        }
        return new CampaignPlan(index, id, 2023 + index, grants);
    }

    private static FundSourceKind SourceFor(GrantKind kind) => kind switch
    {
        GrantKind.SeriousIllnessAid => FundSourceKind.Donation,
        GrantKind.HardshipSubsidy => FundSourceKind.Allocation,
        GrantKind.Emergency => FundSourceKind.FiscalSubsidy,
        GrantKind.StudentAid => FundSourceKind.FundInterest,
        _ => FundSourceKind.OwnFunds,
    };

    private static int FundSourceId(CampaignPlan plan, FundSourceKind kind) => (plan.Index * 5) + (int)kind + 1;

    private static int MeetingId(CampaignPlan plan, int grassroots) => (plan.Index * ScaleSettings.GrassrootsUnits) + grassroots + 1;

    private static Campaign Campaign(CampaignPlan plan)
    {
        var campaign = new Campaign
        {
            Id = plan.Id,
            Name = $"{plan.Year}年元旦春节送温暖活动",
            Year = plan.Year,
            Season = Season.NewYearSpringFestival,
            Theme = ScaleCampaigns.Theme,
            DirectiveReference = $"浙工〔{plan.Year - 1}〕{40 + plan.Index}号",
            StartsOn = plan.StartsOn,
            EndsOn = plan.EndsOn,
            OrgUnitId = ScaleUnits.RootId,
            Status = CampaignStatus.Closed,
            CreatedAt = ScaleSettings.Stamp(plan.StartsOn.AddDays(-5)),
            Version = Guid.NewGuid(),
        };
        foreach (var kind in Enum.GetValues<FundSourceKind>())
        {
            var charged = plan.Grants.Where(g => SourceFor(g.Kind) == kind).ToList();
            var committed = charged.Where(g => g.Status is GrantStatus.Approved or GrantStatus.OnNotice or GrantStatus.Payable).Sum(g => g.Total);
            var spent = charged.Where(g => g.Status == GrantStatus.Disbursed).Sum(g => g.Total);
            campaign.FundSources.Add(new FundSource
            {
                Id = FundSourceId(plan, kind),
                CampaignId = plan.Id,
                Kind = kind,
                Name = kind switch
                {
                    FundSourceKind.Allocation => $"全国总工会{plan.Year}年送温暖专项资金",
                    FundSourceKind.OwnFunds => "省总工会本级经费",
                    FundSourceKind.FiscalSubsidy => "省财政困难职工帮扶补助资金",
                    FundSourceKind.FundInterest => "困难职工帮扶基金利息",
                    _ => "社会爱心捐赠",
                },
                Donor = kind == FundSourceKind.Donation ? "浙江省职工服务基金会" : null,
                Amount = (Math.Ceiling((committed + spent) * 1.1m / 10_000m) * 10_000m) + 10_000m,
                ReceivedOn = plan.StartsOn.AddDays((int)kind * 3),
                Committed = committed,
                Spent = spent,
                Version = Guid.NewGuid(),
            });
        }
        return campaign;
    }

    private static IEnumerable<CommitteeMeeting> Meetings(CampaignPlan plan)
    {
        for (var g = 0; g < ScaleSettings.GrassrootsUnits; g++)
        {
            yield return new CommitteeMeeting
            {
                Id = MeetingId(plan, g),
                CampaignId = plan.Id,
                OrgUnitId = ScaleUnits.GrassrootsId(g),
                Title = $"{plan.Year}年元旦春节送温暖工会委员会会议",
                HeldOn = new DateOnly(plan.Year, 1, 5),
                MinutesReference = $"工纪〔{plan.Year}〕1号",
                CreatedAt = ScaleSettings.Stamp(new DateOnly(plan.Year, 1, 5)),
                Version = Guid.NewGuid(),
            };
        }
    }

    private static IEnumerable<Grant> Grants(CampaignPlan plan, ScaleHouseholds households)
    {
        var itemId = plan.Index * plan.Grants.Count * DemoCatalog.HolidayParcel.Count;
        foreach (var p in plan.Grants)
        {
            var decided = p.Status is not (GrantStatus.Applied or GrantStatus.Rejected);
            var grant = new Grant
            {
                Id = p.Id,
                CampaignId = plan.Id,
                HouseholdId = ScaleHouseholds.IdOf(p.Household),
                OrgUnitId = households.UnitIds[p.Household],
                Kind = p.Kind,
                Category = p.Category,
                CashAmount = p.Cash,
                InKindValue = p.InKind,
                TotalAmount = p.Total,
                StandardAmount = p.Total,
                Reason = p.Kind == GrantKind.InKind ? "元旦春节物资慰问（米、面、油）" : households.ProfileOf(p.Household).GrantReason,
                FundSourceId = decided ? FundSourceId(plan, SourceFor(p.Kind)) : null,
                Status = p.Status,
                AppliedOn = new DateOnly(plan.Year, 1, 2),
                AppliedBy = "printout-benchmark",
                CommitteeMeetingId = p.Status == GrantStatus.Applied ? null : MeetingId(plan, households.Grassroots[p.Household]),
                RejectionReason = p.Status is GrantStatus.Rejected or GrantStatus.Withdrawn ? "经核实，家庭人均收入已高于认定标准" : null,
                CreatedAt = ScaleSettings.Stamp(new DateOnly(plan.Year, 1, 2)),
                Version = Guid.NewGuid(),
            };
            if (p.Kind == GrantKind.InKind)
            {
                foreach (var (name, unit, quantity, unitValue) in DemoCatalog.HolidayParcel)
                    grant.Items.Add(new GrantItem { Id = ++itemId, GrantId = grant.Id, Name = name, Unit = unit, Quantity = quantity, UnitValue = unitValue });
            }
            yield return grant;
        }
    }

    private static IEnumerable<Disbursement> Disbursements(CampaignPlan plan)
    {
        var id = plan.Index * plan.Grants.Count;
        foreach (var p in plan.Grants.Where(g => g.Status == GrantStatus.Disbursed))
        {
            yield return new Disbursement
            {
                Id = ++id,
                GrantId = p.Id,
                PaidOn = plan.PaidOn.AddDays(p.Id % 10),
                Method = p.Kind == GrantKind.InKind ? DisbursementMethod.Goods : p.Id % 3 == 0 ? DisbursementMethod.Cash : DisbursementMethod.BankTransfer,
                PaidBy = "printout-benchmark",
                Amount = p.Total,
                SignedOff = true,
                RecordedAt = ScaleSettings.Stamp(plan.PaidOn),
            };
        }
    }

    /// <summary>One notice per grassroots union, posted after its meeting; one in ten drew an objection, one in fifty upheld.</summary>
    private static IEnumerable<PublicNotice> Notices(CampaignPlan plan, ScaleUnits units)
    {
        for (var g = 0; g < ScaleSettings.GrassrootsUnits; g++)
        {
            var posted = new DateOnly(plan.Year, 1, 7);
            var notice = new PublicNotice
            {
                Id = MeetingId(plan, g),
                CampaignId = plan.Id,
                OrgUnitId = ScaleUnits.GrassrootsId(g),
                Title = $"{plan.Year}年元旦春节送温暖帮扶对象公示",
                PostedOn = posted,
                EndsOn = posted.AddDays(6),
                Location = "单位公开栏、内网",
                ObjectionContact = $"公示期内如有异议，请向{units[ScaleUnits.GrassrootsId(g)].Name}办公室反映",
                MaskNames = true,
                Status = NoticeStatus.Closed,
                CreatedAt = ScaleSettings.Stamp(posted),
                Version = Guid.NewGuid(),
            };
            if (g % 10 == 0)
            {
                var upheld = g % 50 == 0;
                notice.Objections.Add(new Objection
                {
                    ReceivedOn = posted.AddDays(2),
                    RaisedBy = "本单位职工",
                    Content = "反映该职工家庭收入有所提高，建议重新核实。",
                    Handling = upheld ? "经入户核实，情况属实，取消该户本次补助。" : "经入户核实，反映情况不属实。",
                    Outcome = upheld ? ObjectionOutcome.Upheld : ObjectionOutcome.Dismissed,
                    HandledOn = posted.AddDays(4),
                    HandledBy = "陈国华",
                    Version = Guid.NewGuid(),
                });
            }
            yield return notice;
        }
    }

    private IEnumerable<Visit> Visits(CampaignPlan plan, ScaleHouseholds households, Random random, Func<int> nextId)
    {
        var kinds = KindWeights.SelectMany(k => Enumerable.Repeat(k.Kind, k.Weight)).ToArray();
        var order = Enumerable.Range(0, households.Count).ToArray();
        random.Shuffle(order);
        var next = 0;
        for (var v = 0; v < _visits; v++)
        {
            var kind = kinds[random.Next(kinds.Length)];
            var size = kind is VisitKind.Symposium or VisitKind.GroupEvent ? 4 + random.Next(5) : 1;
            var first = order[next % order.Length];
            var district = ScaleCatalog.Districts[ScaleUnits.DistrictOf(households.Grassroots[first])].District;
            var salt = random.Next(10);
            var id = nextId();
            var visit = new Visit
            {
                Id = id,
                CampaignId = plan.Id,
                OrgUnitId = size == 1 ? households.UnitIds[first] : ScaleUnits.GrassrootsId(households.Grassroots[first]),
                Kind = kind,
                VisitedOn = new DateOnly(plan.Year, 1, 10).AddDays(random.Next(25)),
                Region = district,
                Notes = "登门走访，了解家庭生活情况，送上慰问金和慰问品。",
                CreatedBy = "printout-benchmark",
                CreatedAt = ScaleSettings.Stamp(new DateOnly(plan.Year, 1, 10)),
                Version = Guid.NewGuid(),
            };
            visit.Visitors.Add(new VisitVisitor { Name = ScaleCatalog.VisitorNames[salt + 2], Title = "工会干事" });
            if (salt < 3) visit.Visitors.Add(new VisitVisitor { Name = ScaleCatalog.VisitorNames[salt], Title = ScaleCatalog.LeaderTitles[salt], IsLeader = true });
            var seen = new HashSet<int>();
            for (var h = 0; h < size; h++)
            {
                var household = order[next++ % order.Length];
                if (seen.Add(household)) visit.Households.Add(new VisitHousehold { VisitId = id, HouseholdId = ScaleHouseholds.IdOf(household) });
            }
            yield return visit;
        }
    }

    /// <summary>A concern for one household in twelve, raised at its visit date, nine in ten resolved.</summary>
    private static IEnumerable<Concern> Concerns(CampaignPlan plan, ScaleHouseholds households)
    {
        var categories = Enum.GetValues<ConcernCategory>();
        for (var i = plan.Index; i < households.Count; i += 12)
        {
            var raised = new DateOnly(plan.Year, 1, 12).AddDays(i % 20);
            var resolved = i % 10 != 0;
            yield return new Concern
            {
                HouseholdId = ScaleHouseholds.IdOf(i),
                OrgUnitId = households.UnitIds[i],
                CampaignId = plan.Id,
                Category = categories[i % categories.Length],
                Description = "希望协助解决子女就学和医疗报销问题",
                RaisedOn = raised,
                OwnerName = "吴丽娟",
                DueOn = raised.AddDays(30),
                Status = resolved ? ConcernStatus.Resolved : ConcernStatus.Open,
                Resolution = resolved ? "已协调有关部门落实，并回访告知本人" : null,
                ResolvedOn = resolved ? raised.AddDays(10) : null,
                CreatedAt = ScaleSettings.Stamp(raised),
                Version = Guid.NewGuid(),
            };
        }
    }

    /// <summary>The campaign's survey drive: one household in three surveyed in December, most surveys applied to the file.</summary>
    private static IEnumerable<Survey> Surveys(CampaignPlan plan, ScaleHouseholds households)
    {
        for (var i = 0; i < households.Count; i += 3)
        {
            var profile = households.ProfileOf(i);
            var on = plan.StartsOn.AddDays(i % 16);
            yield return new Survey
            {
                HouseholdId = ScaleHouseholds.IdOf(i),
                OrgUnitId = households.UnitIds[i],
                CampaignId = plan.Id,
                SurveyedOn = on,
                Surveyors = "陈国华、吴丽娟",
                Method = SurveyMethod.Home,
                Findings = "家庭情况与档案记载基本一致。",
                FamilySize = 3,
                Causes = profile.Causes,
                RecommendedLevel = profile.Level,
                RecommendedCategories = [profile.Category],
                IsPriority = profile.Level == HardshipLevel.Extreme,
                AppliedAt = i % 5 == 0 ? null : ScaleSettings.Stamp(on.AddDays(2)),
                CreatedBy = "printout-benchmark",
                CreatedAt = ScaleSettings.Stamp(on),
                Version = Guid.NewGuid(),
            };
        }
    }
}
