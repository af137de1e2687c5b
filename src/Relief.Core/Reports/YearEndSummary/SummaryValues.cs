using Microsoft.Extensions.Localization;
using Relief.Core.Reports.Printing;

namespace Relief.Core.Reports.YearEndSummary;

/// <summary>The text each placeholder of the narrative stands for, formatted for the reader's language.</summary>
public static class SummaryValues
{
    public static IReadOnlyDictionary<string, string> From(YearEndFigures f, ReportFormat format, IStringLocalizer<CoreMessages> messages) =>
        new Dictionary<string, string>
        {
            ["活动名称"] = f.Campaign.Name,
            ["年度"] = f.Campaign.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["活动主题"] = f.Campaign.Theme ?? "",
            ["文件号"] = f.Campaign.Directive ?? "",
            ["工会名称"] = f.Campaign.UnitName,
            ["委员会会议次数"] = format.Count(f.CommitteeMeetings),
            ["筹集资金总额"] = format.Money(f.FundsRaised),
            ["支出总额"] = format.Money(f.FundsSpent),
            ["资金结余"] = format.Money(f.FundsBalance),
            ["慰问户数"] = format.Count(f.HouseholdsHelped),
            ["慰问金总额"] = format.Money(f.CashTotal),
            ["物资折价"] = format.Money(f.InKindTotal),
            ["困难职工人数"] = format.Count(f.HardshipEmployees),
            ["困难补助金额"] = format.Money(f.HardshipAmount),
            ["特困职工人数"] = format.Count(f.ExtremeHardshipEmployees),
            ["节日慰问人数"] = format.Count(f.CondolenceRecipients),
            ["节日慰问金额"] = format.Money(f.CondolenceAmount),
            ["在档特困户数"] = format.Count(f.ExtremeHouseholdsOnFile),
            ["领导走访特困户数"] = format.Count(f.ExtremeHouseholdsVisited),
            ["特困户户均慰问金"] = format.Money(f.ExtremeHouseholdAverage),
            ["摸底调查户数"] = format.Count(f.HouseholdsSurveyed),
            ["新建档案数"] = format.Count(f.FilesAdded),
            ["调整档案数"] = format.Count(f.FilesAdjusted),
            ["脱困户数"] = format.Count(f.OutOfHardship),
            ["申请件数"] = format.Count(f.Applications),
            ["批准人数"] = format.Count(f.ApprovedPeople),
            ["批准金额"] = format.Money(f.ApprovedAmount),
            ["公示次数"] = format.Count(f.Notices),
            ["公示日期"] = f.FirstNoticeDate is { } date ? format.Date(date) : messages["Summary.NoNotice"],
            ["异议件数"] = format.Count(f.Objections),
            ["异议成立件数"] = format.Count(f.ObjectionsUpheld),
            ["走访户数"] = format.Count(f.HouseholdsVisited),
            ["登门走访户数"] = format.Count(f.HomeVisits),
            ["医院看望人数"] = format.Count(f.HospitalVisits),
            ["电话信函慰问户数"] = format.Count(f.RemoteContacts),
            ["座谈会次数"] = format.Count(f.Symposiums),
            ["参与领导人数"] = format.Count(f.LeadersTakingPart),
            ["走访地区"] = f.Regions.Count == 0 ? messages["Summary.NoRegion"] : string.Join(messages["List.Separator"], f.Regions.OrderByDescending(r => r.Households).Select(r => r.Region)),
            ["诉求件数"] = format.Count(f.ConcernsRaised),
            ["已解决诉求件数"] = format.Count(f.ConcernsResolved),
            ["服务活动次数"] = format.Count(f.Services.Events),
            ["招聘会场次"] = format.Count(f.Services.JobFairs),
            ["招聘企业数"] = format.Count(f.Services.Employers),
            ["涉及工种数"] = format.Count(f.Services.JobTypes),
            ["提供岗位数"] = format.Count(f.Services.PositionsOffered),
            ["招聘会参会人数"] = format.Count(f.Services.Attendees),
            ["达成就业意向人数"] = format.Count(f.Services.HiringIntentions),
            ["法律咨询人次"] = format.Count(f.Services.Consultations),
            ["法律援助案件数"] = format.Count(f.Services.CasesTaken),
            ["培训期数"] = format.Count(f.Services.Sessions),
            ["培训人数"] = format.Count(f.Services.Trainees),
            ["服务座谈会次数"] = format.Count(f.Services.Symposiums),
            ["结对干部人数"] = format.Count(f.Pairing.Helpers),
            ["结对帮扶户数"] = format.Count(f.Pairing.Households),
            ["结对帮扶金额"] = format.Money(f.Pairing.Money),
            ["结对帮扶物资"] = f.Pairing.Goods.Count == 0 ? messages["Summary.NoGoods"]
                : string.Join(messages["List.Separator"], f.Pairing.Goods.Select(g => format.Quantity(g.Quantity, g.Unit))),
            ["结对送岗位数"] = format.Count(f.Pairing.Jobs),
            ["结对走访次数"] = format.Count(f.Pairing.Visits),
        };
}
