using Microsoft.Extensions.Localization;
using Relief.Core.Features.Households;
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
            ["文件标题"] = f.Campaign.DirectiveTitle ?? "",
            ["依据文件"] = SummaryListValues.DirectiveCitation(f.Campaign, messages),
            ["工会名称"] = f.Campaign.UnitName,
            ["委员会会议次数"] = format.Count(f.CommitteeMeetings),
            ["筹集资金总额"] = format.Money(f.FundsRaised),
            ["支出总额"] = format.Money(f.FundsSpent),
            ["资金结余"] = format.Money(f.FundsBalance),
            ["筹集资金万元"] = format.TenThousands(f.FundsRaised),
            ["支出万元"] = format.TenThousands(f.FundsSpent),
            ["资金结余万元"] = format.TenThousands(f.FundsBalance),
            ["已批未付金额"] = format.Money(f.FundsCommitted),
            ["已批未付万元"] = format.TenThousands(f.FundsCommitted),
            ["可安排资金"] = format.Money(f.FundsFree),
            ["可安排资金万元"] = format.TenThousands(f.FundsFree),
            ["资金来源情况"] = SummaryListValues.FundsBySource(f, format, messages),
            ["追加拨款情况"] = SummaryListValues.AdditionalAllocations(f, format, messages),
            ["捐赠情况"] = SummaryListValues.Donations(f, format, messages),
            ["慰问户数"] = format.Count(f.HouseholdsHelped),
            ["慰问金总额"] = format.Money(f.CashTotal),
            ["物资折价"] = format.Money(f.InKindTotal),
            ["银行代发笔数"] = format.Count(f.BankPaidGrants),
            ["银行代发金额"] = format.Money(f.BankPaidAmount),
            ["现金物资户数"] = format.Count(f.CashAndGoodsHouseholds),
            ["每户现金"] = SummaryListValues.CashPerHousehold(f, format, messages),
            ["每户物资"] = string.Join(messages["List.Separator"], f.CashAndGoodsItems),
            ["困难职工人数"] = format.Count(f.HardshipEmployees),
            ["困难补助人数"] = format.Count(f.HardshipSubsidyPersons),
            ["困难补助对象"] = CategoryNouns(f.HardshipSubsidyCategories, messages),
            ["困难补助金额"] = format.Money(f.HardshipAmount),
            ["特困职工人数"] = format.Count(f.ExtremeHardshipEmployees),
            ["节日慰问人数"] = format.Count(f.CondolenceRecipients),
            ["节日慰问对象"] = CategoryNouns(f.CondolenceCategories, messages),
            ["节日慰问金额"] = format.Money(f.CondolenceAmount),
            ["在档特困户数"] = format.Count(f.ExtremeHouseholdsOnFile),
            ["领导走访特困户数"] = format.Count(f.ExtremeHouseholdsVisited),
            ["领导走访特困户获款户数"] = format.Count(f.ExtremeVisitedPaidHouseholds),
            ["领导走访特困户慰问金"] = format.Money(f.ExtremeVisitedPaidAmount),
            ["特困户户均慰问金"] = format.Money(f.ExtremeHouseholdAverage),
            ["摸底调查户数"] = format.Count(f.HouseholdsSurveyed),
            ["新建档案数"] = format.Count(f.FilesAdded),
            ["调整档案数"] = format.Count(f.FilesAdjusted),
            ["脱困户数"] = format.Count(f.OutOfHardship),
            ["申请件数"] = format.Count(f.Applications),
            ["批准人数"] = format.Count(f.ApprovedPeople),
            ["批准笔数"] = format.Count(f.ApprovedGrants),
            ["批准金额"] = format.Money(f.ApprovedAmount),
            ["公示次数"] = format.Count(f.Notices),
            ["公示日期"] = f.FirstNoticeDate is { } date ? format.Date(date) : messages["Summary.NoNotice"],
            ["公示人数"] = format.Count(f.NoticedPeople),
            ["公示批次情况"] = SummaryListValues.NoticeBatches(f, format, messages),
            ["异议件数"] = format.Count(f.Objections),
            ["异议成立件数"] = format.Count(f.ObjectionsUpheld),
            ["异议不成立件数"] = format.Count(f.ObjectionsDismissed),
            ["异议未结件数"] = format.Count(f.ObjectionsOpen),
            ["异议处理情况"] = ObjectionsHandling(f, format, messages),
            ["走访户数"] = format.Count(f.HouseholdsVisited),
            ["登门走访户数"] = format.Count(f.HomeVisits),
            ["医院看望人数"] = format.Count(f.HospitalVisits),
            ["电话信函慰问户数"] = format.Count(f.RemoteContacts),
            ["座谈会次数"] = format.Count(f.Symposiums),
            ["座谈会参加人次"] = format.Count(f.SymposiumAttendances),
            ["参与领导人数"] = format.Count(f.LeadersTakingPart),
            ["走访人员人数"] = format.Count(f.VisitorsTakingPart),
            ["走访地区"] = f.Regions.Count == 0 ? messages["Summary.NoRegion"] : string.Join(messages["List.Separator"], f.Regions.OrderByDescending(r => r.Households).Select(r => r.Region)),
            ["诉求件数"] = format.Count(f.ConcernsRaised),
            ["已解决诉求件数"] = format.Count(f.ConcernsResolved),
            ["诉求处理情况"] = ConcernsHandling(f, format, messages),
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
            ["活动参与人次"] = format.Count(f.Services.Participants),
            ["结对干部人数"] = format.Count(f.Pairing.Helpers),
            ["结对帮扶户数"] = format.Count(f.Pairing.Households),
            ["结对帮扶金额"] = format.Money(f.Pairing.Money),
            ["结对帮扶金额万元"] = format.TenThousands(f.Pairing.Money),
            ["结对帮扶物资"] = f.Pairing.Goods.Count == 0 ? messages["Summary.NoGoods"]
                : string.Join(messages["List.Separator"], f.Pairing.Goods.Select(g => format.NarrativeQuantity(g.Quantity, g.Unit))),
            ["结对送岗位数"] = format.Count(f.Pairing.Jobs),
            ["结对走访次数"] = format.Count(f.Pairing.Visits),
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

    /// <summary>The categories as a sentence names them (离休干部、退休退养人员、劳动模范), in category order; empty when there are none.</summary>
    private static string CategoryNouns(IReadOnlyList<HouseholdCategory> categories, IStringLocalizer<CoreMessages> messages) =>
        string.Join(messages["List.Separator"], categories.Order().Select(c => messages[$"Summary.CategoryNoun.{c}"].Value));

    /// <summary>"All handled" only when no objection is open; otherwise how many are still being looked into. Outcomes of nought are not stated.</summary>
    private static string ObjectionsHandling(YearEndFigures f, ReportFormat format, IStringLocalizer<CoreMessages> messages)
    {
        if (f.Objections == 0) return messages["Summary.Objections.None"];
        var outcomes = string.Join(messages["List.Separator"], new[]
        {
            f.ObjectionsUpheld > 0 ? messages["Summary.Objections.Upheld", format.Count(f.ObjectionsUpheld)].Value : null,
            f.ObjectionsDismissed > 0 ? messages["Summary.Objections.Dismissed", format.Count(f.ObjectionsDismissed)].Value : null,
        }.OfType<string>());
        if (f.ObjectionsOpen == 0) return messages["Summary.Objections.AllHandled", format.Count(f.Objections), outcomes];
        if (outcomes.Length == 0) return messages["Summary.Objections.AllOpen", format.Count(f.Objections)];
        return messages["Summary.Objections.SomeOpen", format.Count(f.Objections), format.Count(f.Objections - f.ObjectionsOpen), outcomes, format.Count(f.ObjectionsOpen)];
    }

    /// <summary>"All resolved" only when none is open; otherwise the rest is named with its number.</summary>
    private static string ConcernsHandling(YearEndFigures f, ReportFormat format, IStringLocalizer<CoreMessages> messages)
    {
        var open = f.ConcernsRaised - f.ConcernsResolved;
        if (f.ConcernsRaised == 0) return messages["Summary.Concerns.None"];
        if (open == 0) return messages["Summary.Concerns.AllResolved", format.Count(f.ConcernsRaised)];
        if (f.ConcernsResolved == 0) return messages["Summary.Concerns.NoneResolved", format.Count(f.ConcernsRaised)];
        return messages["Summary.Concerns.SomeOpen", format.Count(f.ConcernsRaised), format.Count(f.ConcernsResolved), format.Count(open)];
    }
}
