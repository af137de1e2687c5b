using Relief.Core.Data;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;
using Relief.Core.Features.Notices;

namespace Relief.Core.DemoData;

/// <summary>
/// Applications through the whole lifecycle: committee meetings with one decision per decided grant, notices
/// listing what was approved, objections, and fund sources charged as approval and payment would charge them.
/// </summary>
public sealed class DemoGrantWriter(ReliefDbContext db, Random random, DemoUnits units, DemoStaff staff)
{
    private static readonly string[] RejectionReasons =
        ["经核实，家庭人均收入已高于困难职工认定标准", "申请材料不全，经多次告知仍未补充", "同一户已在上级工会享受同类帮扶"];

    public async Task<List<Grant>> WriteCurrentAsync(Campaign campaign, IReadOnlyList<SeededHousehold> households, CancellationToken ct)
    {
        var first = Meeting(campaign, "2021年元旦春节送温暖第一次工会委员会会议", new DateOnly(2021, 1, 6), "丽电工纪〔2021〕1号");
        var second = Meeting(campaign, "2021年元旦春节送温暖第二次工会委员会会议", new DateOnly(2021, 1, 27), "丽电工纪〔2021〕3号");
        db.CommitteeMeetings.AddRange(first, second);
        await db.SaveChangesAsync(ct);

        var onFile = households.Where(h => h.IsOnFile).ToList();
        var statuses = CurrentStatuses();
        random.Shuffle(statuses);
        var rejectedAtFirst = 0;
        var grants = new List<Grant>();
        var ledger = new DemoFundLedger(campaign.FundSources);
        for (var i = 0; i < statuses.Length; i++)
        {
            var status = statuses[i];
            var atFirst = status is GrantStatus.Disbursed or GrantStatus.Payable or GrantStatus.Withdrawn
                || (status == GrantStatus.Rejected && rejectedAtFirst++ < 2);
            grants.Add(Apply(campaign, onFile[i], onFile[i].Profile.GrantKind, status, status == GrantStatus.Applied ? null : atFirst ? first : second, ledger));
        }
        GrantStatus[] parcelStatuses = [.. Enumerable.Repeat(GrantStatus.Disbursed, 6), GrantStatus.OnNotice, GrantStatus.Applied];
        var parcelHouseholds = onFile.Where(h => DemoCatalog.InKindCategories.Contains(h.Profile.Category)).Take(parcelStatuses.Length).ToList();
        for (var i = 0; i < parcelHouseholds.Count; i++)
        {
            var status = parcelStatuses[i];
            grants.Add(Apply(campaign, parcelHouseholds[i], GrantKind.InKind, status,
                status == GrantStatus.Applied ? null : status == GrantStatus.Disbursed ? first : second, ledger));
        }
        grants.First(g => g.Status == GrantStatus.Disbursed && g.Kind != GrantKind.InKind).DuplicateElsewhere =
            "丽水市总工会困难职工帮扶中心已于2021年1月5日向该户发放慰问金500元";
        db.Grants.AddRange(grants);
        await db.SaveChangesAsync(ct);

        var firstNotice = Notice(campaign, "2021年元旦春节送温暖帮扶对象公示（第一批）", new DateOnly(2021, 1, 7), new DateOnly(2021, 1, 13), NoticeStatus.Closed,
            grants.Where(g => g.CommitteeMeetingId == first.Id && g.Status is GrantStatus.Disbursed or GrantStatus.Payable));
        var secondNotice = Notice(campaign, "2021年元旦春节送温暖帮扶对象公示（第二批）", new DateOnly(2021, 1, 28), new DateOnly(2021, 2, 3), NoticeStatus.Posted,
            grants.Where(g => g.Status == GrantStatus.OnNotice));
        db.PublicNotices.AddRange(firstNotice, secondNotice);
        await db.SaveChangesAsync(ct);

        db.Objections.Add(new Objection
        {
            PublicNoticeId = firstNotice.Id,
            GrantId = firstNotice.Items[0].GrantId,
            ReceivedOn = new DateOnly(2021, 1, 9),
            RaisedBy = "营销部 张红",
            Content = "反映该职工家中有两套住房，生活并不困难，不符合帮扶条件。",
            Handling = "经分工会干事入户核实并查询不动产登记信息，其中一套住房登记在其父母名下，该户家庭人均收入低于认定标准，反映情况不属实。",
            Outcome = ObjectionOutcome.Dismissed,
            HandledOn = new DateOnly(2021, 1, 12),
            HandledBy = staff.Chair.DisplayName,
        });
        db.Objections.Add(new Objection
        {
            PublicNoticeId = secondNotice.Id,
            GrantId = secondNotice.Items[0].GrantId,
            ReceivedOn = new DateOnly(2021, 1, 30),
            Content = "反映该职工配偶已在县城从事个体经营，家庭收入有所提高，建议重新核实。",
            Outcome = ObjectionOutcome.Open,
        });
        await db.SaveChangesAsync(ct);
        return grants;
    }

    public async Task<List<Grant>> WritePreviousAsync(Campaign campaign, IReadOnlyList<SeededHousehold> households, CancellationToken ct)
    {
        var meeting = Meeting(campaign, "2020年元旦春节送温暖工会委员会会议", new DateOnly(2020, 1, 3), "丽电工纪〔2020〕1号");
        db.CommitteeMeetings.Add(meeting);
        await db.SaveChangesAsync(ct);

        var onFileThen = households
            .Where(h => h.FiledOn < new DateOnly(2019, 12, 1)
                && !h.Household.StatusHistory.Any(s => s.ToStatus != HouseholdStatus.Active && s.EffectiveOn < new DateOnly(2020, 1, 1)))
            .Take(22)
            .ToList();
        var ledger = new DemoFundLedger(campaign.FundSources);
        var grants = onFileThen.Select(h => Apply(campaign, h, h.Profile.GrantKind, GrantStatus.Disbursed, meeting, ledger)).ToList();
        grants.AddRange(onFileThen.Where(h => DemoCatalog.InKindCategories.Contains(h.Profile.Category)).Take(4)
            .Select(h => Apply(campaign, h, GrantKind.InKind, GrantStatus.Disbursed, meeting, ledger)));
        db.Grants.AddRange(grants);
        await db.SaveChangesAsync(ct);

        db.PublicNotices.Add(Notice(campaign, "2020年元旦春节送温暖帮扶对象公示", new DateOnly(2020, 1, 6), new DateOnly(2020, 1, 10), NoticeStatus.Closed, grants));
        await db.SaveChangesAsync(ct);
        return grants;
    }

    /// <summary>Fifty main applications, every status represented.</summary>
    private static GrantStatus[] CurrentStatuses() =>
    [
        .. Enumerable.Repeat(GrantStatus.Disbursed, 24),
        .. Enumerable.Repeat(GrantStatus.Payable, 5),
        .. Enumerable.Repeat(GrantStatus.OnNotice, 6),
        .. Enumerable.Repeat(GrantStatus.Approved, 4),
        .. Enumerable.Repeat(GrantStatus.Applied, 6),
        .. Enumerable.Repeat(GrantStatus.Rejected, 3),
        .. Enumerable.Repeat(GrantStatus.Withdrawn, 2),
    ];

    private CommitteeMeeting Meeting(Campaign campaign, string title, DateOnly heldOn, string minutes)
    {
        var meeting = new CommitteeMeeting
        {
            CampaignId = campaign.Id,
            OrgUnitId = units.Company.Id,
            Title = title,
            HeldOn = heldOn,
            MinutesReference = minutes,
            CreatedAt = DemoDates.Stamp(heldOn),
        };
        meeting.Attendees.Add(new MeetingAttendee { Name = staff.Chair.DisplayName, Title = DemoStaff.ChairTitle, UserId = staff.Chair.Id });
        meeting.Attendees.Add(new MeetingAttendee { Name = DemoStaff.CompanyLeader, Title = DemoStaff.LeaderTitle });
        meeting.Attendees.Add(new MeetingAttendee { Name = "林晓梅", Title = "工会副主席" });
        meeting.Attendees.Add(new MeetingAttendee { Name = staff.Auditor.DisplayName, Title = staff.Auditor.Title, UserId = staff.Auditor.Id });
        meeting.Attendees.Add(new MeetingAttendee { Name = staff.Officer.DisplayName, Title = DemoStaff.OfficerTitle, UserId = staff.Officer.Id });
        meeting.Attendees.Add(new MeetingAttendee { Name = staff.Officer2.DisplayName, Title = DemoStaff.OfficerTitle, UserId = staff.Officer2.Id });
        return meeting;
    }

    private Grant Apply(Campaign campaign, SeededHousehold seeded, GrantKind kind, GrantStatus status, CommitteeMeeting? decidedAt, DemoFundLedger ledger)
    {
        var household = seeded.Household;
        var profile = seeded.Profile;
        var standard = campaign.Standards.FirstOrDefault(s => s.Category == profile.Category && s.Kind == kind)?.Amount;
        var appliedOn = decidedAt is null
            ? DemoDates.Today.AddDays(-random.Next(5))
            : decidedAt.HeldOn.AddDays(-3 - random.Next(14));
        var grant = new Grant
        {
            CampaignId = campaign.Id,
            HouseholdId = household.Id,
            Household = household,
            OrgUnitId = household.OrgUnitId,
            Kind = kind,
            Category = profile.Category,
            StandardAmount = standard,
            Reason = kind == GrantKind.InKind ? "元旦春节物资慰问（米、面、油）" : profile.GrantReason,
            Status = status,
            AppliedOn = appliedOn,
            AppliedBy = staff.OfficerFor(household.OrgUnitId, units).DisplayName,
            CreatedAt = DemoDates.Stamp(appliedOn),
        };
        if (kind == GrantKind.InKind)
        {
            AddParcel(grant);
        }
        else
        {
            grant.CashAmount = standard ?? profile.Standard;
            // Retired cadres get part of their condolence as the holiday parcel, within the same standard.
            if (profile.Category == HouseholdCategory.RetiredCadre)
            {
                grant.CashAmount -= 300m;
                AddParcel(grant);
            }
            if (profile.Category == HouseholdCategory.SeriousIllness && household.Id % 2 == 0)
            {
                grant.CashAmount += 2000m;
                grant.OverrideReason = "医疗费用支出特别大，经工会委员会集体研究提高补助额度";
            }
        }
        grant.TotalAmount = grant.CashAmount + grant.InKindValue;
        if (status == GrantStatus.Rejected) grant.RejectionReason = RejectionReasons[household.Id % RejectionReasons.Length];
        if (status == GrantStatus.Withdrawn) grant.RejectionReason = "申请人主动撤回：家庭情况好转，让给更困难的同事";
        ledger.Charge(grant);

        if (decidedAt is not null)
        {
            grant.CommitteeMeetingId = decidedAt.Id;
            var rejected = status == GrantStatus.Rejected;
            decidedAt.Decisions.Add(new GrantDecision
            {
                Grant = grant,
                Outcome = rejected ? DecisionOutcome.Rejected : DecisionOutcome.Approved,
                ApprovedAmount = rejected ? null : grant.TotalAmount,
                Reason = rejected ? grant.RejectionReason : null,
                DecidedBy = staff.Chair.DisplayName,
                DecidedAt = DemoDates.Stamp(decidedAt.HeldOn),
            });
        }
        return grant;
    }

    private static void AddParcel(Grant grant)
    {
        foreach (var (name, unit, quantity, unitValue) in DemoCatalog.HolidayParcel)
            grant.Items.Add(new GrantItem { Name = name, Unit = unit, Quantity = quantity, UnitValue = unitValue });
        grant.InKindValue = grant.Items.Sum(i => i.Quantity * i.UnitValue);
    }

    private PublicNotice Notice(Campaign campaign, string title, DateOnly postedOn, DateOnly endsOn, NoticeStatus status, IEnumerable<Grant> grants)
    {
        var notice = new PublicNotice
        {
            CampaignId = campaign.Id,
            OrgUnitId = units.Company.Id,
            Title = title,
            PostedOn = postedOn,
            EndsOn = endsOn,
            Location = "公司公开栏、公司内网",
            ObjectionContact = $"公示期内如有异议，请向公司工会办公室反映（{staff.Chair.DisplayName}，电话 0578-2123456）",
            MaskNames = true,
            Status = status,
            CreatedAt = DemoDates.Stamp(postedOn),
        };
        foreach (var grant in grants)
        {
            notice.Items.Add(new NoticeItem
            {
                Grant = grant,
                GrantId = grant.Id,
                HouseholdName = grant.Household!.Name,
                UnitName = UnitName(grant.OrgUnitId),
                Category = grant.Category,
                Kind = grant.Kind,
                Amount = grant.TotalAmount,
            });
        }
        return notice;
    }

    private string UnitName(int orgUnitId) =>
        new[] { units.Company, units.LishuiBranch, units.SongyangBranch, units.Federation }.Single(u => u.Id == orgUnitId).Name;
}
