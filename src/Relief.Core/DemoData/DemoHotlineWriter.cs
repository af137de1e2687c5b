using Microsoft.EntityFrameworkCore;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Hotline;
using Relief.Core.Features.Households;
using Relief.Core.Features.Visits;

namespace Relief.Core.DemoData;

/// <summary>
/// The company's relief hotline in both seasons and its call log: twenty calls this season (callers on file and
/// strangers, every outcome), four of which became concerns and two applications, and six last season.
/// </summary>
public sealed class DemoHotlineWriter(ReliefDbContext db, DemoUnits units, DemoStaff staff)
{
    public const string HotlineNumber = "0578-2125110";

    private enum Then { Nothing, Concern, ResolvedConcern, Application }

    /// <summary>A call of the demo: a household on file (by branch and position) or a stranger, what they asked, and what followed.</summary>
    private sealed record Script(
        DateOnly On, int Hour, int Minute, char Branch, int Household, string? Stranger, string? Phone, HotlineCallCategory Category,
        string Question, char TakenBy, CallOutcome Outcome, string? Answer, Then Then = Then.Nothing);

    private static readonly Script[] Current =
    [
        new(new(2020, 12, 16), 9, 12, 'L', 0, null, null, HotlineCallCategory.PolicyQuestion, "询问今年送温暖困难补助的申请条件和需要准备的材料", 'L', CallOutcome.Answered, "已告知申请条件，需提供收入证明和医疗费用票据，向所在分工会申请"),
        new(new(2020, 12, 18), 14, 40, ' ', 0, "王女士", "13857812345", HotlineCallCategory.PolicyQuestion, "丈夫是外包施工队农民工，询问能否享受工会帮扶", 'C', CallOutcome.Answered, "已说明农民工可由用工单位工会申报，请其联系施工队所在项目部"),
        new(new(2020, 12, 21), 10, 5, 'S', 0, null, null, HotlineCallCategory.Medical, "配偶透析费用负担重，询问大病救助能否提前发放", 'S', CallOutcome.FollowUp, null, Then.Concern),
        new(new(2020, 12, 23), 16, 20, 'L', 1, null, null, HotlineCallCategory.ReliefRequest, "本人突发急病住院，家中无收入，申请临时救助", 'L', CallOutcome.FollowUp, null, Then.Application),
        new(new(2020, 12, 28), 8, 50, ' ', 0, "李先生", "0578-2231567", HotlineCallCategory.Suggestion, "建议慰问物资增加冬季取暖用品", 'C', CallOutcome.Answered, "已记录建议，转工会办公室研究"),
        new(new(2020, 12, 30), 19, 35, 'S', 1, null, null, HotlineCallCategory.Living, "家中取暖器损坏，老人怕冷，希望工会帮助解决", 'S', CallOutcome.FollowUp, null, Then.ResolvedConcern),
        new(new(2021, 1, 4), 9, 30, 'L', 2, null, null, HotlineCallCategory.Schooling, "孩子明年高考，询问金秋助学的申请时间", 'L', CallOutcome.Answered, "已告知金秋助学每年7—8月申请，届时分工会会通知"),
        new(new(2021, 1, 6), 21, 10, ' ', 0, "匿名", null, HotlineCallCategory.Other, "询问工会春节慰问品什么时候发放", 'C', CallOutcome.Answered, "已告知1月下旬由各分工会统一发放"),
        new(new(2021, 1, 7), 11, 0, 'L', 3, null, null, HotlineCallCategory.Employment, "配偶下岗，希望工会推荐就业岗位", 'L', CallOutcome.FollowUp, null, Then.Concern),
        new(new(2021, 1, 8), 15, 45, 'S', 2, null, null, HotlineCallCategory.ReliefRequest, "家中遭遇火灾，生活用品受损，申请临时救助", 'S', CallOutcome.FollowUp, null, Then.Application),
        new(new(2021, 1, 11), 10, 25, ' ', 0, "张师傅", "13967854321", HotlineCallCategory.Legal, "退休后养老金核算有疑问，询问如何维权", 'C', CallOutcome.Referred, "已转介市总工会法律援助中心"),
        new(new(2021, 1, 12), 9, 5, 'L', 4, null, null, HotlineCallCategory.Housing, "老房子屋顶漏雨，询问危房改造政策", 'L', CallOutcome.Answered, "已告知向所在乡镇申请农村危房改造，工会可出具困难证明"),
        new(new(2021, 1, 14), 13, 30, 'S', 3, null, null, HotlineCallCategory.Medical, "住院期间护工费用高，询问能否报销", 'S', CallOutcome.Answered, "已说明护工费不在职工医疗互助保障范围内，建议申请困难补助"),
        new(new(2021, 1, 15), 22, 15, ' ', 0, "陈女士", "13706789012", HotlineCallCategory.Living, "独自抚养两个孩子，收入低，询问能否建档", 'C', CallOutcome.FollowUp, "已请其带身份证和收入证明到所在单位工会登记"),
        new(new(2021, 1, 18), 10, 40, 'L', 5, null, null, HotlineCallCategory.Living, "家中老人独居，希望工会定期联系", 'L', CallOutcome.FollowUp, null, Then.Concern),
        new(new(2021, 1, 19), 8, 20, ' ', 0, "周先生", "0578-8012345", HotlineCallCategory.PolicyQuestion, "询问劳模春节慰问标准", 'C', CallOutcome.Answered, "已告知省级劳模慰问金800元"),
        new(new(2021, 1, 21), 17, 5, 'S', 4, null, null, HotlineCallCategory.Other, "询问慰问金是否已经转账", 'S', CallOutcome.Answered, "已查询，慰问金已于1月14日转账到工资卡"),
        new(new(2021, 1, 25), 9, 55, ' ', 0, "刘女士", "13587654321", HotlineCallCategory.Employment, "女儿大学毕业，询问工会有无就业推荐", 'C', CallOutcome.Referred, "已转介市人力社保局春风行动招聘会"),
        new(new(2021, 1, 27), 14, 10, 'L', 6, null, null, HotlineCallCategory.Medical, "询问慢性病门诊证怎么办理", 'L', CallOutcome.Answered, "已告知到医保窗口办理，需带病历和诊断证明"),
        new(new(2021, 1, 30), 20, 30, ' ', 0, "吴师傅", "13867001122", HotlineCallCategory.Suggestion, "感谢工会春节走访，建议多组织退休职工活动", 'C', CallOutcome.Answered, "已感谢来电并记录建议"),
    ];

    private static readonly Script[] Previous =
    [
        new(new(2019, 12, 20), 9, 0, 'L', 0, null, null, HotlineCallCategory.PolicyQuestion, "询问困难补助申请条件", 'L', CallOutcome.Answered, "已告知申请条件和材料"),
        new(new(2019, 12, 26), 15, 30, ' ', 0, "赵先生", "13905789876", HotlineCallCategory.Living, "询问能否申请节日慰问", 'C', CallOutcome.Answered, "已告知需先在单位工会建档"),
        new(new(2020, 1, 3), 10, 10, 'S', 0, null, null, HotlineCallCategory.Medical, "希望协助办理慢性病门诊证", 'S', CallOutcome.FollowUp, null, Then.ResolvedConcern),
        new(new(2020, 1, 8), 11, 45, 'L', 1, null, null, HotlineCallCategory.Other, "询问慰问品领取时间", 'L', CallOutcome.Answered, "已告知1月17日集中发放"),
        new(new(2020, 1, 13), 16, 0, ' ', 0, "孙女士", null, HotlineCallCategory.Suggestion, "建议慰问金直接转账到卡", 'C', CallOutcome.Answered, "已记录建议"),
        new(new(2020, 1, 16), 9, 40, 'S', 1, null, null, HotlineCallCategory.Employment, "配偶想找工作，询问有无招聘信息", 'S', CallOutcome.Referred, "已转介县人力社保局"),
    ];

    public async Task WriteAsync(Campaign previous, Campaign current, IReadOnlyList<SeededHousehold> households, CancellationToken ct)
    {
        db.CampaignHotlines.Add(new CampaignHotline
        {
            CampaignId = previous.Id, PhoneNumber = HotlineNumber, DutyHours = "每天 8:00—20:00", HoursPerDay = 12,
            UpdatedBy = staff.Chair.DisplayName, UpdatedAt = DemoDates.Stamp(previous.StartsOn),
        });
        db.CampaignHotlines.Add(new CampaignHotline
        {
            CampaignId = current.Id, PhoneNumber = HotlineNumber, DutyHours = "全天24小时", HoursPerDay = 24,
            UpdatedBy = staff.Chair.DisplayName, UpdatedAt = DemoDates.Stamp(current.StartsOn),
        });
        var onFile = households.Where(h => h.IsOnFile).Select(h => h.Household).OrderBy(h => h.Id).ToList();
        // Applications from calls are 临时救助: callers who have none in this campaign yet.
        var emergency = await db.Grants.Where(g => g.CampaignId == current.Id && g.Kind == GrantKind.Emergency).Select(g => g.HouseholdId).ToListAsync(ct);
        var caller = new Dictionary<char, List<Household>>
        {
            ['L'] = onFile.Where(h => h.OrgUnitId == units.LishuiBranch.Id && !emergency.Contains(h.Id)).ToList(),
            ['S'] = onFile.Where(h => h.OrgUnitId == units.SongyangBranch.Id && !emergency.Contains(h.Id)).ToList(),
        };
        await WriteAsync(current, Current, caller, ct);
        await WriteAsync(previous, Previous, caller, ct);
    }

    /// <summary>The concerns and applications first (the calls point to them), then the calls.</summary>
    private async Task WriteAsync(Campaign campaign, IEnumerable<Script> scripts, Dictionary<char, List<Household>> caller, CancellationToken ct)
    {
        var calls = new List<(HotlineCall Call, Concern? Concern, Grant? Grant)>();
        foreach (var script in scripts)
        {
            var household = script.Stranger is null ? caller[script.Branch][script.Household] : null;
            var taker = script.TakenBy switch { 'L' => staff.Officer, 'S' => staff.Officer2, _ => staff.Chair };
            var at = script.On.ToDateTime(new TimeOnly(script.Hour, script.Minute), DateTimeKind.Utc).AddHours(-8);
            var call = new HotlineCall
            {
                CampaignId = campaign.Id,
                OrgUnitId = household?.OrgUnitId ?? taker.OrgUnitId,
                CalledAt = at,
                HouseholdId = household?.Id,
                CallerName = script.Stranger,
                CallerPhone = script.Phone,
                Category = script.Category,
                Question = script.Question,
                TakenByUserId = taker.Id,
                TakenByName = taker.DisplayName,
                Outcome = script.Then == Then.Nothing ? script.Outcome : CallOutcome.Referred,
                OutcomeNote = script.Answer,
                CreatedBy = taker.DisplayName,
                CreatedAt = at.AddMinutes(10),
            };
            var concern = household is not null && script.Then is Then.Concern or Then.ResolvedConcern ? NewConcern(campaign, script, household!, at) : null;
            var grant = household is not null && script.Then == Then.Application ? NewApplication(campaign, script, household, at) : null;
            if (concern is not null) db.Concerns.Add(concern);
            if (grant is not null) db.Grants.Add(grant);
            calls.Add((call, concern, grant));
        }
        await db.SaveChangesAsync(ct);
        foreach (var (call, concern, grant) in calls)
        {
            call.ConcernId = concern?.Id;
            call.GrantId = grant?.Id;
            db.HotlineCalls.Add(call);
        }
        await db.SaveChangesAsync(ct);
    }

    private Concern NewConcern(Campaign campaign, Script script, Household household, DateTime at)
    {
        var owner = staff.OfficerFor(household.OrgUnitId, units);
        var resolved = script.Then == Then.ResolvedConcern;
        return new Concern
        {
            HouseholdId = household.Id,
            OrgUnitId = household.OrgUnitId,
            CampaignId = campaign.Id,
            Category = CallMapping.ConcernCategoryOf(script.Category),
            Description = script.Question,
            RaisedOn = script.On,
            OwnerUserId = owner.Id,
            OwnerName = owner.DisplayName,
            DueOn = script.On.AddDays(30),
            Status = resolved ? ConcernStatus.Resolved : ConcernStatus.Open,
            Resolution = resolved ? "已上门核实并协调解决，来电人表示满意" : null,
            ResolvedOn = resolved ? script.On.AddDays(6) : null,
            CreatedAt = at.AddMinutes(15),
        };
    }

    private Grant NewApplication(Campaign campaign, Script script, Household household, DateTime at)
    {
        var category = household.Categories.OrderBy(c => c.Category).First().Category;
        var amount = script.Category == HotlineCallCategory.ReliefRequest ? 1000m : 800m;
        return new Grant
        {
            CampaignId = campaign.Id,
            HouseholdId = household.Id,
            OrgUnitId = household.OrgUnitId,
            Kind = CallMapping.GrantKindOf(script.Category),
            Category = category,
            CashAmount = amount,
            TotalAmount = amount,
            Reason = script.Question,
            Status = GrantLifecycle.FirstStatus,
            AppliedOn = script.On.AddDays(1),
            AppliedBy = staff.OfficerFor(household.OrgUnitId, units).DisplayName,
            CreatedAt = at.AddDays(1),
        };
    }
}
