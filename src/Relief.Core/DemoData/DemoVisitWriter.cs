using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;
using Relief.Core.Features.Visits;

namespace Relief.Core.DemoData;

/// <summary>Visits of every kind, the payments handed over during them (or by transfer), and the concerns they raised.</summary>
public sealed class DemoVisitWriter(ReliefDbContext db, Random random, DemoUnits units, DemoStaff staff)
{
    public async Task WriteCurrentAsync(Campaign campaign, IReadOnlyList<SeededHousehold> households, IReadOnlyList<Grant> grants, CancellationToken ct)
    {
        var onFile = households.Where(h => h.IsOnFile).ToList();
        var picked = new HashSet<int>();
        var lishui = units.LishuiBranch;
        var songyang = units.SongyangBranch;
        var visits = new List<Visit>
        {
            New(campaign, lishui, VisitKind.Home, new DateOnly(2021, 1, 18), "莲都区紫金、岩泉街道", DemoCatalog.LishuiRegion,
                "公司领导带队登门走访特困职工家庭，详细询问家庭生活、子女就学和治疗情况，送上慰问金和米、面、油等慰问品。",
                [Leader(DemoStaff.CompanyLeader), Chair(), Officer(staff.Officer)],
                Pick(onFile, picked, 3, h => InUnit(h, lishui, DemoCatalog.LishuiRegion), h => Near(h) + Extreme(h))),
            New(campaign, songyang, VisitKind.Home, new DateOnly(2021, 1, 19), "松阳县西屏街道、古市镇", DemoCatalog.SongyangRegion,
                "公司领导走访慰问松阳片区困难职工，逐户了解困难原因，鼓励他们树立信心、战胜困难。",
                [Leader(DemoStaff.SecondCompanyLeader), Chair(), Officer(staff.Officer2)],
                Pick(onFile, picked, 3, h => InUnit(h, songyang, DemoCatalog.SongyangRegion), h => Near(h) + Extreme(h))),
            New(campaign, lishui, VisitKind.Home, new DateOnly(2021, 1, 20), "遂昌县妙高、云峰街道", DemoCatalog.SuichangRegion,
                "工会主席走访遂昌片区困难职工家庭，送上节日慰问。",
                [Chair(), Officer(staff.Officer)],
                Pick(onFile, picked, 2, h => InUnit(h, lishui, DemoCatalog.SuichangRegion), h => Near(h) + Extreme(h))),
            New(campaign, songyang, VisitKind.Home, new DateOnly(2021, 1, 26), "松阳县水南街道", DemoCatalog.SongyangRegion,
                "分工会干事入户走访，核实家庭近况，发放慰问金。",
                [Officer(staff.Officer2)],
                Pick(onFile, picked, 2, h => InUnit(h, songyang, DemoCatalog.SongyangRegion), Near)),
            New(campaign, lishui, VisitKind.Hospital, new DateOnly(2021, 1, 21), "丽水市中心医院", DemoCatalog.LishuiRegion,
                "到医院看望住院职工，向主治医生了解病情，嘱咐安心治疗。",
                [Chair(), Officer(staff.Officer)],
                Pick(onFile, picked, 1, h => h.Household.OrgUnitId == lishui.Id, Ill)),
            New(campaign, songyang, VisitKind.Hospital, new DateOnly(2021, 1, 25), "松阳县人民医院", DemoCatalog.SongyangRegion,
                "公司领导到医院看望大病职工，送上大病救助金。",
                [Leader(DemoStaff.SecondCompanyLeader), Officer(staff.Officer2)],
                Pick(onFile, picked, 1, h => h.Household.OrgUnitId == songyang.Id, Ill)),
            New(campaign, lishui, VisitKind.Phone, new DateOnly(2021, 1, 22), null, DemoCatalog.LishuiRegion,
                "路途遥远，电话慰问，了解近况，告知慰问金已通过银行转账发放。",
                [Officer(staff.Officer)],
                Pick(onFile, picked, 2, h => h.Household.OrgUnitId == lishui.Id, Remote)),
            New(campaign, songyang, VisitKind.Phone, new DateOnly(2021, 1, 27), null, DemoCatalog.SongyangRegion,
                "山区路远，电话慰问，询问冬季取暖和春节安排。",
                [Officer(staff.Officer2)],
                Pick(onFile, picked, 2, h => h.Household.OrgUnitId == songyang.Id, Remote)),
            New(campaign, lishui, VisitKind.Letter, new DateOnly(2021, 1, 22), null, DemoCatalog.SuichangRegion,
                "寄送慰问信，转达公司党委和工会的新春问候。",
                [Chair()],
                Pick(onFile, picked, 1, h => h.Household.OrgUnitId == lishui.Id, h => Remote(h) + (h.Household.Region == DemoCatalog.SuichangRegion ? 1 : 0))),
            New(campaign, songyang, VisitKind.Letter, new DateOnly(2021, 1, 28), null, DemoCatalog.SongyangRegion,
                "寄送慰问信和慰问金汇款单。",
                [Chair()],
                Pick(onFile, picked, 1, h => h.Household.OrgUnitId == songyang.Id, Remote)),
            New(campaign, units.Company, VisitKind.Symposium, new DateOnly(2021, 1, 13), "公司三楼会议室", DemoCatalog.LishuiRegion,
                "召开困难职工代表座谈会，通报送温暖活动安排，听取困难职工的意见和建议。",
                [Leader(DemoStaff.CompanyLeader), Chair(), Officer(staff.Officer), Officer(staff.Officer2)],
                Pick(onFile, [], 6, h => h.Household.IsPriority, Near)),
            New(campaign, units.Company, VisitKind.GroupEvent, new DateOnly(2021, 1, 28), "公司职工之家", DemoCatalog.LishuiRegion,
                "集中慰问离退休老同志、劳动模范和公亡职工家属，送上节日慰问金和慰问品。",
                [Leader(DemoStaff.CompanyLeader), Leader(DemoStaff.SecondCompanyLeader), Chair(), Officer(staff.Officer)],
                Pick(onFile, [], 8, h => h.Profile.Category is HouseholdCategory.Retiree or HouseholdCategory.RetiredCadre
                    or HouseholdCategory.ModelWorker or HouseholdCategory.MartyrFamily or HouseholdCategory.Silicosis, Near)),
        };
        db.Visits.AddRange(visits);
        await db.SaveChangesAsync(ct);

        Disburse(grants, visits, noticeEndedOn: new DateOnly(2021, 1, 13), unsignedCount: 2);
        AddConcern(campaign, visits[0], 0, ConcernCategory.Living, "冬季取暖设备老旧，家中老人怕冷，希望协助更换取暖器", new DateOnly(2021, 1, 25));
        AddConcern(campaign, visits[0], 1, ConcernCategory.Schooling, "子女今年参加高考，希望了解助学政策", new DateOnly(2021, 2, 20),
            "已告知金秋助学申请条件和时间，列入2021年金秋助学重点对象", new DateOnly(2021, 1, 22));
        AddConcern(campaign, visits[1], 0, ConcernCategory.Medical, "配偶透析费用报销比例低，希望协助申请职工医疗互助保障", new DateOnly(2021, 1, 29), inProgress: true);
        AddConcern(campaign, visits[1], 1, ConcernCategory.Housing, "老房屋顶漏雨，希望协助申请农村危房改造补助", new DateOnly(2021, 3, 31), inProgress: true);
        AddConcern(campaign, visits[3], 0, ConcernCategory.Employment, "配偶下岗在家，希望工会帮助推荐就业岗位", new DateOnly(2021, 2, 28));
        AddConcern(campaign, visits[4], 0, ConcernCategory.Medical, "住院期间护工费用高，希望单位在排班上给予照顾", new DateOnly(2021, 1, 31));
        AddConcern(campaign, visits[6], 0, ConcernCategory.Living, "家中老人独居，希望定期电话联系", new DateOnly(2021, 2, 5),
            "已安排分工会干事每月电话联系一次", new DateOnly(2021, 1, 25));
        AddConcern(campaign, visits[8], 0, ConcernCategory.Housing, "山区道路冬季结冰，出行不便，希望协调村里修缮入户道路", new DateOnly(2021, 1, 20));
        AddConcern(campaign, visits[10], 0, ConcernCategory.Employment, "希望工会组织困难职工家属参加技能培训", new DateOnly(2021, 3, 15), inProgress: true);
        AddConcern(campaign, visits[10], 1, ConcernCategory.Other, "希望工会组织退休职工健康体检", new DateOnly(2021, 2, 10),
            "已纳入2021年退休职工健康体检计划", new DateOnly(2021, 1, 29));
        await db.SaveChangesAsync(ct);
    }

    public async Task WritePreviousAsync(Campaign campaign, IReadOnlyList<SeededHousehold> households, IReadOnlyList<Grant> grants, CancellationToken ct)
    {
        var helped = grants.Select(g => g.HouseholdId).ToHashSet();
        var reached = households.Where(h => helped.Contains(h.Household.Id)).ToList();
        var picked = new HashSet<int>();
        var visits = new List<Visit>
        {
            New(campaign, units.LishuiBranch, VisitKind.Home, new DateOnly(2020, 1, 14), "莲都区紫金街道", DemoCatalog.LishuiRegion,
                "公司领导带队走访困难职工家庭，送上新春慰问。",
                [Leader(DemoStaff.CompanyLeader), Chair(), Officer(staff.Officer)],
                Pick(reached, picked, 2, h => h.Household.OrgUnitId == units.LishuiBranch.Id, Near)),
            New(campaign, units.SongyangBranch, VisitKind.Home, new DateOnly(2020, 1, 15), "松阳县西屏街道", DemoCatalog.SongyangRegion,
                "工会主席走访松阳片区困难职工。",
                [Chair(), Officer(staff.Officer2)],
                Pick(reached, picked, 2, h => h.Household.OrgUnitId == units.SongyangBranch.Id, Near)),
            New(campaign, units.LishuiBranch, VisitKind.Phone, new DateOnly(2020, 1, 16), null, DemoCatalog.SuichangRegion,
                "路途遥远，电话慰问。",
                [Officer(staff.Officer)],
                Pick(reached, picked, 1, h => h.Household.OrgUnitId == units.LishuiBranch.Id, Remote)),
            New(campaign, units.Company, VisitKind.Symposium, new DateOnly(2020, 1, 8), "公司三楼会议室", DemoCatalog.LishuiRegion,
                "召开困难职工代表座谈会。",
                [Leader(DemoStaff.CompanyLeader), Chair()],
                Pick(reached, [], 4, _ => true, Extreme)),
            New(campaign, units.Company, VisitKind.GroupEvent, new DateOnly(2020, 1, 17), "公司职工之家", DemoCatalog.LishuiRegion,
                "集中慰问离退休老同志。",
                [Leader(DemoStaff.CompanyLeader), Chair(), Officer(staff.Officer)],
                Pick(reached, [], 6, h => h.Profile.HeadKind == HeadOfHouseholdKind.Retiree || h.Profile.Level == HardshipLevel.None, Near)),
        };
        db.Visits.AddRange(visits);
        await db.SaveChangesAsync(ct);

        Disburse(grants, visits, noticeEndedOn: new DateOnly(2020, 1, 10), unsignedCount: 0);
        AddConcern(campaign, visits[0], 0, ConcernCategory.Medical, "希望协助办理慢性病门诊证", new DateOnly(2020, 3, 31),
            "已协助办理慢性病门诊证", new DateOnly(2020, 3, 12));
        AddConcern(campaign, visits[3], 0, ConcernCategory.Schooling, "子女转学需办理手续，希望工会协调", new DateOnly(2020, 6, 30),
            "已协调教育部门办理转学手续", new DateOnly(2020, 5, 20));
        await db.SaveChangesAsync(ct);
    }

    private static int Near(SeededHousehold h) => h.Household.IsRemote ? 0 : 2;
    private static int Remote(SeededHousehold h) => h.Household.IsRemote ? 2 : 0;
    private static int Extreme(SeededHousehold h) => h.Household.Level == HardshipLevel.Extreme ? 1 : 0;
    private static int Ill(SeededHousehold h) =>
        h.Profile.Category is HouseholdCategory.Hospitalised or HouseholdCategory.SeriousIllness or HouseholdCategory.Silicosis ? 1 : 0;
    private static bool InUnit(SeededHousehold h, OrgUnit unit, string region) => h.Household.OrgUnitId == unit.Id && h.Household.Region == region;

    /// <summary>The best-scoring households not yet visited in person; a visit never comes back empty-handed.</summary>
    private static List<Household> Pick(List<SeededHousehold> from, HashSet<int> picked, int count, Func<SeededHousehold, bool> where, Func<SeededHousehold, int> score)
    {
        var chosen = from.Where(h => where(h) && !picked.Contains(h.Household.Id)).OrderByDescending(score).Take(count).Select(h => h.Household).ToList();
        if (chosen.Count == 0) throw new InvalidOperationException("Demo data has no household for a planned visit.");
        picked.UnionWith(chosen.Select(h => h.Id));
        return chosen;
    }

    private Visit New(Campaign campaign, OrgUnit unit, VisitKind kind, DateOnly on, string? place, string region, string notes,
        VisitVisitor[] visitors, List<Household> households)
    {
        var visit = new Visit
        {
            CampaignId = campaign.Id,
            OrgUnitId = unit.Id,
            Kind = kind,
            VisitedOn = on,
            Place = place,
            Region = region,
            Notes = notes,
            CreatedBy = staff.OfficerFor(unit.Id, units).DisplayName,
            CreatedAt = DemoDates.Stamp(on),
        };
        visit.Visitors.AddRange(visitors);
        visit.Households.AddRange(households.Select(h => new VisitHousehold { HouseholdId = h.Id, Household = h }));
        return visit;
    }

    private static VisitVisitor Leader(string name) => new() { Name = name, Title = DemoStaff.LeaderTitle, IsLeader = true };
    private VisitVisitor Chair() => new() { Name = staff.Chair.DisplayName, Title = DemoStaff.ChairTitle, UserId = staff.Chair.Id, IsLeader = true };
    private static VisitVisitor Officer(ReliefUser user) => new() { Name = user.DisplayName, Title = DemoStaff.OfficerTitle, UserId = user.Id };

    /// <summary>
    /// Pays every disbursed grant once its notice has ended: by hand during a later in-person visit to the household,
    /// otherwise by transfer (goods for the parcel).
    /// </summary>
    private void Disburse(IReadOnlyList<Grant> grants, IReadOnlyList<Visit> visits, DateOnly noticeEndedOn, int unsignedCount)
    {
        var unsigned = unsignedCount;
        foreach (var grant in grants.Where(g => g.Status == GrantStatus.Disbursed))
        {
            var handedOver = visits.FirstOrDefault(v =>
                v.Kind is VisitKind.Home or VisitKind.Hospital or VisitKind.GroupEvent
                && v.VisitedOn > noticeEndedOn
                && v.Households.Any(h => h.HouseholdId == grant.HouseholdId));
            var paidOn = handedOver?.VisitedOn ?? noticeEndedOn.AddDays(1 + random.Next(8));
            var method = grant.Kind == GrantKind.InKind ? DisbursementMethod.Goods : handedOver is null ? DisbursementMethod.BankTransfer : DisbursementMethod.Cash;
            db.Disbursements.Add(new Disbursement
            {
                Grant = grant,
                GrantId = grant.Id,
                PaidOn = paidOn,
                Method = method,
                PaidBy = staff.OfficerFor(grant.OrgUnitId, units).DisplayName,
                Amount = grant.TotalAmount,
                VisitId = handedOver?.Id,
                // A couple of transfers are still waiting for the recipient's signature on the sign-off sheet.
                SignedOff = handedOver is not null || unsigned-- <= 0,
                Note = handedOver is null ? null : "走访时当面发放",
                RecordedAt = DemoDates.Stamp(paidOn),
            });
        }
    }

    private void AddConcern(Campaign campaign, Visit visit, int householdIndex, ConcernCategory category, string description, DateOnly dueOn,
        string? resolution = null, DateOnly? resolvedOn = null, bool inProgress = false)
    {
        var household = visit.Households[Math.Min(householdIndex, visit.Households.Count - 1)].Household!;
        var owner = staff.OfficerFor(household.OrgUnitId, units);
        db.Concerns.Add(new Concern
        {
            HouseholdId = household.Id,
            OrgUnitId = household.OrgUnitId,
            VisitId = visit.Id,
            CampaignId = campaign.Id,
            Category = category,
            Description = description,
            RaisedOn = visit.VisitedOn,
            OwnerUserId = owner.Id,
            OwnerName = owner.DisplayName,
            DueOn = dueOn,
            Status = resolution is not null ? ConcernStatus.Resolved : inProgress ? ConcernStatus.InProgress : ConcernStatus.Open,
            Resolution = resolution,
            ResolvedOn = resolvedOn,
            CreatedAt = DemoDates.Stamp(visit.VisitedOn),
        });
    }
}
