using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Households;
using Relief.Core.Features.Pairing;
using Relief.Core.Features.ServiceEvents;

namespace Relief.Core.DemoData;

/// <summary>
/// The fourth summary of the seed told again for the demo union: a job fair with the labour bureau, a symposium with
/// aided university students, legal aid, training and a cultural evening, and a pairing drive in which leaders and party
/// cadres each took on hardship households (money, rice and oil by weight, jobs found). Last season had a smaller job
/// fair, a symposium and four pairs, so the summary has something to compare with.
/// </summary>
public sealed class DemoOutreachWriter(ReliefDbContext db, DemoUnits units, DemoStaff staff)
{
    public const string CityLabourBureau = "丽水市人力资源和社会保障局";

    public async Task WriteAsync(Campaign previous, Campaign current, IReadOnlyList<SeededHousehold> households, CancellationToken ct)
    {
        var onFile = households.Where(h => h.IsOnFile).Select(h => h.Household).OrderBy(h => h.Id).ToList();
        var students = households.Where(h => h.IsOnFile && Is(h, HouseholdCategory.AidedStudent)).Select(h => h.Household).ToList();
        var jobSeekers = households.Where(h => h.IsOnFile && (Is(h, HouseholdCategory.MigrantWorker) || h.Profile.Causes.Contains("下岗", StringComparison.Ordinal)))
            .Select(h => h.Household).ToList();
        db.ServiceEvents.AddRange(
            Event(current, units.Company, ServiceEventKind.JobFair, "“迎双节、送岗位”失业职工、农民工专场招聘会", new DateOnly(2021, 1, 9),
                "丽水市人力资源市场", $"{CityLabourBureau}（市劳动就业管理局）",
                "与市人社局联合举办，组织困难职工家属、下岗失业人员和农民工入场求职，现场提供政策咨询和岗位推荐。", jobSeekers.Take(5),
                jobFair: (46, 38, 1260, 2150, 386)),
            Event(current, units.Company, ServiceEventKind.Symposium, "受助大学生座谈会", new DateOnly(2021, 1, 16), "公司工会三楼会议室", null,
                "与曾经救助过的部分在校大学生座谈，听取他们学习生活情况的汇报和需要解决的实际问题，据此制定2021年的助学工作。", students,
                participants: 15),
            Event(current, units.LishuiBranch, ServiceEventKind.LegalAid, "“送法律进基层”法律咨询服务日", new DateOnly(2021, 1, 12), "丽水供电公司职工之家",
                "丽水市司法局、浙江丽阳律师事务所", "律师现场解答劳动合同、工伤认定和婚姻家庭等法律问题，受理法律援助申请。", [],
                participants: 120, legal: (46, 3)),
            Event(current, units.SongyangBranch, ServiceEventKind.Training, "困难职工家属家政服务技能培训班", new DateOnly(2021, 1, 20), "松阳县职业技术学校",
                "松阳县人力资源和社会保障局", "分两期举办家政服务和育婴员培训，结业后推荐就业。", jobSeekers.Skip(5).Take(2),
                training: (2, 64)),
            Event(current, units.Company, ServiceEventKind.Cultural, "“送文化进万家”新春文艺演出暨写春联送福字", new DateOnly(2021, 1, 29), "公司职工之家",
                "丽水市书法家协会", "文艺小分队演出，书法家现场写春联、送福字。", [], participants: 300),
            Event(previous, units.Company, ServiceEventKind.JobFair, "“春风行动”农民工专场招聘会", new DateOnly(2020, 1, 10), "丽水市人力资源市场",
                CityLabourBureau, "与市人社局联合举办。", [], jobFair: (32, 25, 860, 1500, 240)),
            Event(previous, units.Company, ServiceEventKind.Symposium, "受助大学生座谈会", new DateOnly(2020, 1, 15), "公司工会三楼会议室", null,
                "听取受助大学生学习生活情况汇报。", students.Take(2), participants: 10));

        var taken = new HashSet<int>();
        List<Household> Take(OrgUnit unit, int count) => onFile
            .Where(h => (unit.Id == units.Company.Id || h.OrgUnitId == unit.Id) && !taken.Contains(h.Id))
            .OrderByDescending(h => h.Level).ThenBy(h => h.Id).Take(count)
            .Select(h => { taken.Add(h.Id); return h; }).ToList();

        var start = new DateOnly(2020, 12, 20);
        db.HelperPairings.AddRange(
            Pair(current, units.Company, null, DemoStaff.CompanyLeader, DemoStaff.LeaderTitle, "浙江丽水电力有限公司", start, Take(units.Company, 2),
                Money(1000, "2021-01-18"), Goods("大米", 50, "斤", "2021-01-18"), Goods("食用油", 10, "斤", "2021-01-18"), Visit("2021-01-18", "登门走访，了解家庭生活和子女就学情况")),
            Pair(current, units.Company, null, DemoStaff.SecondCompanyLeader, DemoStaff.LeaderTitle, "浙江丽水电力有限公司", start, Take(units.Company, 2),
                Money(1000, "2021-01-19"), Goods("大米", 50, "斤", "2021-01-19"), Job("2021-01-25", "推荐配偶到丽水绿谷物业公司任保洁员")),
            Pair(current, units.Company, staff.Chair, staff.Chair.DisplayName, DemoStaff.ChairTitle, null, start, Take(units.Company, 1),
                Money(800, "2021-01-20"), Goods("面粉", 25, "斤", "2021-01-20"), Visit("2021-01-28", "电话询问春节安排")),
            Pair(current, units.LishuiBranch, staff.Officer, staff.Officer.DisplayName, DemoStaff.OfficerTitle, null, start, Take(units.LishuiBranch, 1),
                Money(500, "2021-01-15"), Visit("2021-01-15", "入户了解病情和治疗费用")),
            Pair(null, units.LishuiBranch, null, "潘建明", "副局长", "丽水市商务局", new DateOnly(2021, 1, 4), Take(units.LishuiBranch, 2),
                Money(2000, "2021-01-22"), Goods("大米", 100, "斤", "2021-01-22"), Goods("食用油", 20, "斤", "2021-01-22"), Job("2021-01-27", "介绍子女到市区超市任理货员")),
            Pair(current, units.LishuiBranch, null, "蓝晓东", "党支部书记", "丽水供电公司运维检修部", start, Take(units.LishuiBranch, 1),
                Money(600, "2021-01-16"), Goods("大米", 50, "斤", "2021-01-16")),
            Pair(current, units.LishuiBranch, null, "季文华", "党支部书记", "丽水供电公司营销部（客户服务中心）", start, Take(units.LishuiBranch, 1),
                Goods("食用油", 2, "桶", "2021-01-21"), Visit("2021-01-21", "送去新春慰问品")),
            Pair(current, units.SongyangBranch, staff.Officer2, staff.Officer2.DisplayName, DemoStaff.OfficerTitle, null, start, Take(units.SongyangBranch, 1),
                Money(500, "2021-01-26"), Goods("大米", 1, "袋", "2021-01-26")),
            Pair(null, units.SongyangBranch, null, "毛建军", "经理", "松阳县供电分公司", new DateOnly(2021, 1, 4), Take(units.SongyangBranch, 2),
                Money(1500, "2021-01-23"), Goods("大米", 60, "斤", "2021-01-23"), Job("2021-01-29", "推荐到松阳县供电分公司下属集体企业任抄表员")),
            Pair(current, units.SongyangBranch, null, "留美英", "党支部书记", "松阳县供电分公司", start, Take(units.SongyangBranch, 1),
                Money(600, "2021-01-24"), Goods("食用油", 10, "斤", "2021-01-24")));

        taken.Clear();
        var earlier = new DateOnly(2019, 12, 20);
        db.HelperPairings.AddRange(
            Pair(previous, units.Company, null, DemoStaff.CompanyLeader, DemoStaff.LeaderTitle, "浙江丽水电力有限公司", earlier, Take(units.Company, 2),
                Money(800, "2020-01-14"), Goods("大米", 50, "斤", "2020-01-14")),
            Pair(previous, units.LishuiBranch, null, "蓝晓东", "党支部书记", "丽水供电公司运维检修部", earlier, Take(units.LishuiBranch, 1),
                Money(500, "2020-01-15"), Goods("大米", 30, "斤", "2020-01-15")),
            Pair(previous, units.SongyangBranch, null, "毛建军", "经理", "松阳县供电分公司", earlier, Take(units.SongyangBranch, 1),
                Money(1000, "2020-01-16"), Job("2020-01-18", "推荐到县城物业公司任保安")),
            Pair(previous, units.SongyangBranch, null, "留美英", "党支部书记", "松阳县供电分公司", earlier, Take(units.SongyangBranch, 1),
                Goods("食用油", 1, "桶", "2020-01-16")));
        await db.SaveChangesAsync(ct);
    }

    private static bool Is(SeededHousehold h, HouseholdCategory category) => h.Profile.Category == category || h.Profile.AlsoCategory == category;

    private ServiceEvent Event(Campaign campaign, OrgUnit unit, ServiceEventKind kind, string title, DateOnly heldOn, string place, string? partners,
        string notes, IEnumerable<Household> reached, int? participants = null, (int Employers, int JobTypes, int Positions, int Attendees, int Intentions)? jobFair = null,
        (int Consultations, int Cases)? legal = null, (int Sessions, int Trainees)? training = null)
    {
        var serviceEvent = new ServiceEvent
        {
            CampaignId = campaign.Id,
            OrgUnitId = unit.Id,
            Kind = kind,
            Title = title,
            HeldOn = heldOn,
            Place = place,
            Partners = partners,
            Participants = participants,
            Employers = jobFair?.Employers,
            JobTypes = jobFair?.JobTypes,
            PositionsOffered = jobFair?.Positions,
            Attendees = jobFair?.Attendees,
            HiringIntentions = jobFair?.Intentions,
            Consultations = legal?.Consultations,
            CasesTaken = legal?.Cases,
            Sessions = training?.Sessions,
            Trainees = training?.Trainees,
            Notes = notes,
            CreatedBy = staff.OfficerFor(unit.Id, units).DisplayName,
            CreatedAt = DemoDates.Stamp(heldOn),
        };
        serviceEvent.Households.AddRange(reached.Where(h => unit.Id == units.Company.Id || h.OrgUnitId == unit.Id)
            .Select(h => new ServiceEventHousehold { HouseholdId = h.Id }));
        return serviceEvent;
    }

    /// <summary>A pairing for the campaign given, or (null) for the whole of 2021, with its help to its households.</summary>
    private HelperPairing Pair(Campaign? campaign, OrgUnit unit, ReliefUser? helperUser, string name, string? title, string? workplace, DateOnly pairedOn,
        List<Household> households, params HelpRecord[] help)
    {
        if (households.Count == 0) throw new InvalidOperationException("Demo data has no household left for a pairing.");
        var recorder = staff.OfficerFor(unit.Id, units).DisplayName;
        var pairing = new HelperPairing
        {
            OrgUnitId = unit.Id,
            CampaignId = campaign?.Id,
            Year = campaign?.Year ?? 2021,
            HelperUserId = helperUser?.Id,
            HelperName = name,
            HelperTitle = title,
            HelperWorkplace = workplace ?? (helperUser is null ? null : UnitName(helperUser.OrgUnitId)),
            PairedOn = pairedOn,
            Notes = campaign is null ? "“双百双千”帮扶活动，全年结对" : null,
            CreatedBy = recorder,
            CreatedAt = DemoDates.Stamp(pairedOn),
        };
        pairing.Households.AddRange(households.Select(h => new PairedHousehold { HouseholdId = h.Id }));
        foreach (var household in households)
        {
            // Money and goods go to every household of the pair; a job is found for one of them.
            pairing.HelpRecords.AddRange(help.Where(r => r.Kind != HelpKind.Job || household == households[0]).Select(r => new HelpRecord
            {
                HouseholdId = household.Id,
                GivenOn = r.GivenOn,
                Kind = r.Kind,
                Amount = r.Amount,
                ItemName = r.ItemName,
                Quantity = r.Quantity,
                Unit = r.Unit,
                Description = r.Description,
                RecordedBy = recorder,
                RecordedAt = DemoDates.Stamp(r.GivenOn),
            }));
        }
        return pairing;
    }

    private string UnitName(int unitId) =>
        new[] { units.Federation, units.Company, units.LishuiBranch, units.SongyangBranch }.First(u => u.Id == unitId).Name;

    private static HelpRecord Money(decimal amount, string on) => new() { Kind = HelpKind.Money, Amount = amount, GivenOn = DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture) };

    private static HelpRecord Goods(string item, decimal quantity, string unit, string on) =>
        new() { Kind = HelpKind.Goods, ItemName = item, Quantity = quantity, Unit = unit, GivenOn = DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture) };

    private static HelpRecord Job(string on, string description) =>
        new() { Kind = HelpKind.Job, Description = description, GivenOn = DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture) };

    private static HelpRecord Visit(string on, string description) =>
        new() { Kind = HelpKind.Visit, Description = description, GivenOn = DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture) };
}
