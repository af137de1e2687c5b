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
            ["热线号码"] = f.HotlineGoods.HotlineNumber ?? messages["Summary.NoHotline"],
            ["热线值守时间"] = f.HotlineGoods.DutyHours ?? messages["Summary.NoHotline"],
            ["热线每天值班小时"] = f.HotlineGoods.HoursPerDay is { } hours ? format.Count(hours) : messages["Summary.NoHotline"],
            ["热线来电数"] = format.Count(f.HotlineGoods.Calls),
            ["热线转诉求数"] = format.Count(f.HotlineGoods.CallsToConcerns),
            ["热线转申请数"] = format.Count(f.HotlineGoods.CallsToApplications),
            ["捐赠单位数"] = format.Count(f.HotlineGoods.Donors),
            ["捐赠物资价值"] = format.Money(f.HotlineGoods.GoodsReceivedValue),
            ["捐赠物资发放价值"] = format.Money(f.HotlineGoods.GoodsHandedOutValue),
        };
}
