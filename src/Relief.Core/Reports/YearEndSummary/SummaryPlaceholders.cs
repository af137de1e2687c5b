namespace Relief.Core.Reports.YearEndSummary;

/// <summary>
/// The catalogue of placeholders, shown beside the narrative editor. Names follow the blanks of the union's own
/// year-end summaries (the seed document); each maps to one figure of <c>YearEndFigures</c>.
/// </summary>
public static class SummaryPlaceholders
{
    public static readonly IReadOnlyList<SummaryPlaceholder> All =
    [
        new("活动名称", "CampaignName", "Placeholder.CampaignName"),
        new("年度", "Year", "Placeholder.Year"),
        new("活动主题", "Theme", "Placeholder.Theme"),
        new("文件号", "Directive", "Placeholder.Directive"),
        new("工会名称", "UnitName", "Placeholder.UnitName"),
        new("委员会会议次数", "CommitteeMeetings", "Placeholder.CommitteeMeetings"),
        new("筹集资金总额", "FundsRaised", "Placeholder.FundsRaised"),
        new("支出总额", "FundsSpent", "Placeholder.FundsSpent"),
        new("资金结余", "FundsBalance", "Placeholder.FundsBalance"),
        new("慰问户数", "HouseholdsHelped", "Placeholder.HouseholdsHelped"),
        new("慰问金总额", "CashTotal", "Placeholder.CashTotal"),
        new("物资折价", "InKindTotal", "Placeholder.InKindTotal"),
        new("困难职工人数", "HardshipEmployees", "Placeholder.HardshipEmployees"),
        new("困难补助金额", "HardshipAmount", "Placeholder.HardshipAmount"),
        new("特困职工人数", "ExtremeHardshipEmployees", "Placeholder.ExtremeHardshipEmployees"),
        new("节日慰问人数", "CondolenceRecipients", "Placeholder.CondolenceRecipients"),
        new("节日慰问金额", "CondolenceAmount", "Placeholder.CondolenceAmount"),
        new("在档特困户数", "ExtremeHouseholdsOnFile", "Placeholder.ExtremeHouseholdsOnFile"),
        new("领导走访特困户数", "ExtremeHouseholdsVisited", "Placeholder.ExtremeHouseholdsVisited"),
        new("特困户户均慰问金", "ExtremeHouseholdAverage", "Placeholder.ExtremeHouseholdAverage"),
        new("摸底调查户数", "HouseholdsSurveyed", "Placeholder.HouseholdsSurveyed"),
        new("新建档案数", "FilesAdded", "Placeholder.FilesAdded"),
        new("调整档案数", "FilesAdjusted", "Placeholder.FilesAdjusted"),
        new("脱困户数", "OutOfHardship", "Placeholder.OutOfHardship"),
        new("申请件数", "Applications", "Placeholder.Applications"),
        new("批准人数", "ApprovedPeople", "Placeholder.ApprovedPeople"),
        new("批准金额", "ApprovedAmount", "Placeholder.ApprovedAmount"),
        new("公示次数", "Notices", "Placeholder.Notices"),
        new("公示日期", "FirstNoticeDate", "Placeholder.FirstNoticeDate"),
        new("异议件数", "Objections", "Placeholder.Objections"),
        new("异议成立件数", "ObjectionsUpheld", "Placeholder.ObjectionsUpheld"),
        new("走访户数", "HouseholdsVisited", "Placeholder.HouseholdsVisited"),
        new("登门走访户数", "HomeVisits", "Placeholder.HomeVisits"),
        new("医院看望人数", "HospitalVisits", "Placeholder.HospitalVisits"),
        new("电话信函慰问户数", "RemoteContacts", "Placeholder.RemoteContacts"),
        new("座谈会次数", "Symposiums", "Placeholder.Symposiums"),
        new("参与领导人数", "LeadersTakingPart", "Placeholder.LeadersTakingPart"),
        new("走访地区", "RegionsVisited", "Placeholder.RegionsVisited"),
        new("诉求件数", "ConcernsRaised", "Placeholder.ConcernsRaised"),
        new("已解决诉求件数", "ConcernsResolved", "Placeholder.ConcernsResolved"),
        new("服务活动次数", "ServiceEvents", "Placeholder.ServiceEvents"),
        new("招聘会场次", "JobFairs", "Placeholder.JobFairs"),
        new("招聘企业数", "Employers", "Placeholder.Employers"),
        new("涉及工种数", "JobTypes", "Placeholder.JobTypes"),
        new("提供岗位数", "PositionsOffered", "Placeholder.PositionsOffered"),
        new("招聘会参会人数", "JobFairAttendees", "Placeholder.JobFairAttendees"),
        new("达成就业意向人数", "HiringIntentions", "Placeholder.HiringIntentions"),
        new("法律咨询人次", "LegalConsultations", "Placeholder.LegalConsultations"),
        new("法律援助案件数", "LegalCases", "Placeholder.LegalCases"),
        new("培训期数", "TrainingSessions", "Placeholder.TrainingSessions"),
        new("培训人数", "Trainees", "Placeholder.Trainees"),
        new("服务座谈会次数", "EventSymposiums", "Placeholder.EventSymposiums"),
        new("结对干部人数", "PairingHelpers", "Placeholder.PairingHelpers"),
        new("结对帮扶户数", "PairedHouseholds", "Placeholder.PairedHouseholds"),
        new("结对帮扶金额", "PairingMoney", "Placeholder.PairingMoney"),
        new("结对帮扶物资", "PairingGoods", "Placeholder.PairingGoods"),
        new("结对送岗位数", "PairingJobs", "Placeholder.PairingJobs"),
        new("结对走访次数", "PairingVisits", "Placeholder.PairingVisits"),
        new("热线号码", "HotlineNumber", "Placeholder.HotlineNumber"),
        new("热线值守时间", "HotlineHours", "Placeholder.HotlineHours"),
        new("热线每天值班小时", "HotlineHoursPerDay", "Placeholder.HotlineHoursPerDay"),
        new("热线来电数", "HotlineCalls", "Placeholder.HotlineCalls"),
        new("热线转诉求数", "HotlineCallsToConcerns", "Placeholder.HotlineCallsToConcerns"),
        new("热线转申请数", "HotlineCallsToApplications", "Placeholder.HotlineCallsToApplications"),
        new("捐赠单位数", "GoodsDonors", "Placeholder.GoodsDonors"),
        new("捐赠物资价值", "GoodsDonatedValue", "Placeholder.GoodsDonatedValue"),
        new("捐赠物资发放价值", "GoodsHandedOutValue", "Placeholder.GoodsHandedOutValue"),
    ];

    private static readonly Dictionary<string, SummaryPlaceholder> ByName =
        All.SelectMany(p => new[] { (p.Name, p), (p.Alias, p) }).ToDictionary(x => x.Item1, x => x.p, StringComparer.OrdinalIgnoreCase);

    public static SummaryPlaceholder? Find(string name) => ByName.GetValueOrDefault(name);
}
