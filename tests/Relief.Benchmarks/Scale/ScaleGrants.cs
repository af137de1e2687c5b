using Relief.Core.DemoData;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;
using Relief.Core.Features.Notices;

namespace Relief.Benchmarks.Scale;

/// <summary>
/// One million grants: in each campaign every household gets its usual grant, except an eighth who get nothing and
/// another eighth who also get the holiday parcel. Closed campaigns end disbursed, rejected or withdrawn; the running
/// one has every status. Each decided grant has its committee meeting and decision, each noticed one its notice line,
/// each paid one its disbursement, and the fund sources are charged exactly as approval and payment charge them.
/// </summary>
internal sealed class ScaleGrants
{
    private const int MeetingsPerGrassroots = 2;
    private static readonly string[] RejectionReasons =
        ["经核实，家庭人均收入已高于困难职工认定标准", "申请材料不全，经多次告知仍未补充", "同一户已在上级工会享受同类帮扶"];

    private readonly ScaleHouseholds _households;
    private readonly List<GrantPlan> _grants = new(ScaleSettings.Campaigns * ScaleSettings.GrantsPerCampaign);
    private readonly decimal[,] _committed = new decimal[ScaleSettings.Campaigns, 5];
    private readonly decimal[,] _spent = new decimal[ScaleSettings.Campaigns, 5];

    public ScaleGrants(ScaleHouseholds households, Random random)
    {
        _households = households;
        for (var c = 0; c < ScaleSettings.Campaigns; c++) PlanCampaign(c, random);
    }

    public int Count => _grants.Count;

    public (decimal Committed, decimal Spent) Charged(int campaign, FundSourceKind kind) => (_committed[campaign, (int)kind], _spent[campaign, (int)kind]);

    public static int MeetingId(int campaign, int grassroots, int meeting) =>
        (((campaign * ScaleSettings.GrassrootsUnits) + grassroots) * MeetingsPerGrassroots) + meeting;

    private static DateOnly MeetingDate(int campaign, int meeting) =>
        meeting == 1 ? ScaleCampaigns.FirstMeeting(campaign) : ScaleCampaigns.SecondMeeting(campaign);

    private static DateOnly NoticeEnds(int campaign, int meeting) => MeetingDate(campaign, meeting).AddDays(8);

    private void PlanCampaign(int campaign, Random random)
    {
        var order = Enumerable.Range(0, _households.Count).ToArray();
        random.Shuffle(order);
        if (ScaleCampaigns.IsActive(campaign))
        {
            // Files no longer in hardship are among the households without a grant this season.
            order = [.. order.Where(i => !_households.IsOnFile(i)), .. order.Where(_households.IsOnFile)];
        }
        var skipped = _households.Count / 8;
        for (var n = 0; n < order.Length; n++)
        {
            if (n < skipped) continue;
            var household = order[n];
            var profile = _households.ProfileOf(household);
            Add(campaign, household, profile.GrantKind, random);
            if (n >= order.Length - skipped) Add(campaign, household, GrantKind.InKind, random);
        }
    }

    private void Add(int campaign, int household, GrantKind kind, Random random)
    {
        var profile = _households.ProfileOf(household);
        var active = ScaleCampaigns.IsActive(campaign);
        var roll = random.Next(100);
        var status = active
            ? roll switch
            {
                < 15 => GrantStatus.Applied,
                < 23 => GrantStatus.Approved,
                < 35 => GrantStatus.OnNotice,
                < 45 => GrantStatus.Payable,
                < 90 => GrantStatus.Disbursed,
                < 97 => GrantStatus.Rejected,
                _ => GrantStatus.Withdrawn,
            }
            : roll switch { < 90 => GrantStatus.Disbursed, < 97 => GrantStatus.Rejected, _ => GrantStatus.Withdrawn };
        var meeting = status switch
        {
            GrantStatus.Applied => 0,
            GrantStatus.Approved or GrantStatus.OnNotice => 2,
            GrantStatus.Payable or GrantStatus.Withdrawn => 1,
            GrantStatus.Disbursed when active => 1,
            _ => 1 + random.Next(2),
        };
        var standard = kind == GrantKind.InKind ? DemoCatalog.InKindStandard : ScaleCampaigns.Standard(campaign, profile);
        var cash = kind == GrantKind.InKind ? 0 : (int)standard;
        var overridden = kind == GrantKind.SeriousIllnessAid && random.Next(5) == 0;
        if (overridden) cash += 2000;
        var inKind = kind == GrantKind.InKind ? (int)ParcelValue : 0;
        var appliedOn = meeting == 0
            ? ScaleSettings.Today.AddDays(-random.Next(10))
            : MeetingDate(campaign, meeting).AddDays(-3 - random.Next(14));
        var plan = new GrantPlan(_grants.Count + 1, (byte)campaign, household, kind, profile.Category, cash, inKind, (int)standard, overridden,
            status, (byte)meeting, appliedOn, status == GrantStatus.Disbursed ? NoticeEnds(campaign, meeting).AddDays(1 + random.Next(8)) : default);
        _grants.Add(plan);

        if (status is GrantStatus.Applied or GrantStatus.Rejected or GrantStatus.Withdrawn) return;
        var source = (int)ScaleCampaigns.SourceFor(kind);
        if (status == GrantStatus.Disbursed) _spent[campaign, source] += plan.Total;
        else _committed[campaign, source] += plan.Total;
    }

    private static decimal ParcelValue => DemoCatalog.HolidayParcel.Sum(p => p.Quantity * p.UnitValue);

    public static IEnumerable<CommitteeMeeting> Meetings()
    {
        for (var c = 0; c < ScaleSettings.Campaigns; c++)
        {
            for (var g = 0; g < ScaleSettings.GrassrootsUnits; g++)
            {
                for (var m = 1; m <= MeetingsPerGrassroots; m++)
                {
                    var id = MeetingId(c, g, m);
                    var meeting = new CommitteeMeeting
                    {
                        Id = id,
                        CampaignId = ScaleCampaigns.IdOf(c),
                        OrgUnitId = ScaleUnits.GrassrootsId(g),
                        Title = $"{ScaleCampaigns.Year(c)}年元旦春节送温暖第{(m == 1 ? "一" : "二")}次工会委员会会议",
                        HeldOn = MeetingDate(c, m),
                        MinutesReference = $"工纪〔{ScaleCampaigns.Year(c)}〕{m}号",
                        CreatedAt = ScaleSettings.Stamp(MeetingDate(c, m)),
                        Version = Guid.NewGuid(),
                    };
                    foreach (var (name, title) in new[] { ("陈国华", "工会主席"), ("王建平", "工会副主席"), ("李秀珍", "经审委员会主任") })
                        meeting.Attendees.Add(new MeetingAttendee { Id = ((id - 1) * 3) + meeting.Attendees.Count + 1, CommitteeMeetingId = id, Name = name, Title = title });
                    yield return meeting;
                }
            }
        }
    }

    public IEnumerable<Grant> Grants()
    {
        var itemId = 0;
        foreach (var plan in _grants)
        {
            var household = plan.Household;
            var grant = new Grant
            {
                Id = plan.Id,
                CampaignId = ScaleCampaigns.IdOf(plan.Campaign),
                HouseholdId = ScaleHouseholds.IdOf(household),
                OrgUnitId = _households.UnitIds[household],
                Kind = plan.Kind,
                Category = plan.Category,
                CashAmount = plan.Cash,
                InKindValue = plan.InKind,
                TotalAmount = plan.Total,
                StandardAmount = plan.Standard,
                OverrideReason = plan.Overridden ? "医疗费用支出特别大，经工会委员会集体研究提高补助额度" : null,
                Reason = plan.Kind == GrantKind.InKind ? "元旦春节物资慰问（米、面、油）" : _households.ProfileOf(household).GrantReason,
                FundSourceId = plan.Status is GrantStatus.Applied or GrantStatus.Rejected ? null : ScaleCampaigns.FundSourceId(plan.Campaign, ScaleCampaigns.SourceFor(plan.Kind)),
                Status = plan.Status,
                AppliedOn = plan.AppliedOn,
                AppliedBy = "scale-generator",
                CommitteeMeetingId = plan.Meeting == 0 ? null : MeetingId(plan.Campaign, _households.Grassroots[household], plan.Meeting),
                RejectionReason = plan.Status switch
                {
                    GrantStatus.Rejected => RejectionReasons[plan.Id % RejectionReasons.Length],
                    GrantStatus.Withdrawn => "申请人主动撤回：家庭情况好转，让给更困难的同事",
                    _ => null,
                },
                DuplicateElsewhere = plan.Id % 500 == 0 ? "上级工会困难职工帮扶中心已于本季向该户发放慰问金500元" : null,
                CreatedAt = ScaleSettings.Stamp(plan.AppliedOn),
                Version = Guid.NewGuid(),
            };
            if (plan.Kind == GrantKind.InKind)
            {
                foreach (var (name, unit, quantity, unitValue) in DemoCatalog.HolidayParcel)
                    grant.Items.Add(new GrantItem { Id = ++itemId, GrantId = grant.Id, Name = name, Unit = unit, Quantity = quantity, UnitValue = unitValue });
            }
            yield return grant;
        }
    }

    public IEnumerable<GrantDecision> Decisions()
    {
        var id = 0;
        foreach (var plan in _grants)
        {
            if (plan.Meeting == 0) continue;
            var rejected = plan.Status == GrantStatus.Rejected;
            yield return new GrantDecision
            {
                Id = ++id,
                CommitteeMeetingId = MeetingId(plan.Campaign, _households.Grassroots[plan.Household], plan.Meeting),
                GrantId = plan.Id,
                Outcome = rejected ? DecisionOutcome.Rejected : DecisionOutcome.Approved,
                ApprovedAmount = rejected ? null : plan.Total,
                Reason = rejected ? RejectionReasons[plan.Id % RejectionReasons.Length] : null,
                DecidedBy = "陈国华",
                DecidedAt = ScaleSettings.Stamp(MeetingDate(plan.Campaign, plan.Meeting)),
            };
        }
    }

    /// <summary>One notice per meeting: posted the day after it, for the grants it approved that are still standing.</summary>
    public static IEnumerable<PublicNotice> Notices(ScaleUnits units)
    {
        for (var c = 0; c < ScaleSettings.Campaigns; c++)
        {
            for (var g = 0; g < ScaleSettings.GrassrootsUnits; g++)
            {
                for (var m = 1; m <= MeetingsPerGrassroots; m++)
                {
                    var posted = MeetingDate(c, m).AddDays(2);
                    var open = ScaleCampaigns.IsActive(c) && m == 2;
                    yield return new PublicNotice
                    {
                        Id = MeetingId(c, g, m),
                        CampaignId = ScaleCampaigns.IdOf(c),
                        OrgUnitId = ScaleUnits.GrassrootsId(g),
                        Title = $"{ScaleCampaigns.Year(c)}年元旦春节送温暖帮扶对象公示（第{(m == 1 ? "一" : "二")}批）",
                        PostedOn = posted,
                        EndsOn = NoticeEnds(c, m),
                        Location = "单位公开栏、内网",
                        ObjectionContact = $"公示期内如有异议，请向{units[ScaleUnits.GrassrootsId(g)].Name}办公室反映",
                        MaskNames = true,
                        Status = open ? NoticeStatus.Posted : NoticeStatus.Closed,
                        CreatedAt = ScaleSettings.Stamp(posted),
                        Version = Guid.NewGuid(),
                    };
                }
            }
        }
    }

    public IEnumerable<NoticeItem> NoticeItems(ScaleUnits units)
    {
        var id = 0;
        foreach (var plan in _grants)
        {
            if (plan.Status is not (GrantStatus.OnNotice or GrantStatus.Payable or GrantStatus.Disbursed)) continue;
            yield return new NoticeItem
            {
                Id = ++id,
                PublicNoticeId = MeetingId(plan.Campaign, _households.Grassroots[plan.Household], plan.Meeting),
                GrantId = plan.Id,
                HouseholdName = _households.Names[plan.Household],
                UnitName = units[_households.UnitIds[plan.Household]].Name,
                Category = plan.Category,
                Kind = plan.Kind,
                Amount = plan.Total,
            };
        }
    }

    /// <summary>About one notice in four draws an objection against its first line: dismissed once closed, open while posted.</summary>
    public IEnumerable<Objection> Objections()
    {
        var firstListed = new Dictionary<int, int>();
        foreach (var plan in _grants)
        {
            if (plan.Status is not (GrantStatus.OnNotice or GrantStatus.Payable or GrantStatus.Disbursed)) continue;
            firstListed.TryAdd(MeetingId(plan.Campaign, _households.Grassroots[plan.Household], plan.Meeting), plan.Id);
        }
        var id = 0;
        foreach (var (noticeId, grantId) in firstListed.OrderBy(p => p.Key))
        {
            if (noticeId % 4 != 0) continue;
            var plan = _grants[grantId - 1];
            var received = MeetingDate(plan.Campaign, plan.Meeting).AddDays(4);
            var open = plan.Status == GrantStatus.OnNotice;
            yield return new Objection
            {
                Id = ++id,
                PublicNoticeId = noticeId,
                GrantId = grantId,
                ReceivedOn = received,
                RaisedBy = id % 3 == 0 ? null : "本单位职工",
                Content = "反映该职工家庭收入有所提高，建议重新核实。",
                Handling = open ? null : "经入户核实，该户家庭人均收入仍低于认定标准，反映情况不属实。",
                Outcome = open ? ObjectionOutcome.Open : ObjectionOutcome.Dismissed,
                HandledOn = open ? null : received.AddDays(2),
                HandledBy = open ? null : "陈国华",
                Version = Guid.NewGuid(),
            };
        }
    }

    /// <summary>Paid grants: handed over in cash (or as goods) during the household's visit of that campaign when there was one, else by transfer.</summary>
    public IEnumerable<Disbursement> Disbursements(ScaleVisits visits)
    {
        var id = 0;
        foreach (var plan in _grants)
        {
            if (plan.Status != GrantStatus.Disbursed) continue;
            // Handed over during the household's visit when that came after the notice period, else paid by transfer.
            var (visitId, visitedOn) = visits.HandOverVisit(plan.Campaign, plan.Household);
            if (visitedOn <= NoticeEnds(plan.Campaign, plan.Meeting)) visitId = null;
            yield return new Disbursement
            {
                Id = ++id,
                GrantId = plan.Id,
                PaidOn = visitId is null ? plan.PaidOn : visitedOn,
                Method = plan.Kind == GrantKind.InKind ? DisbursementMethod.Goods : visitId is null ? DisbursementMethod.BankTransfer : DisbursementMethod.Cash,
                PaidBy = "scale-generator",
                Amount = plan.Total,
                VisitId = visitId,
                SignedOff = true,
                RecordedAt = ScaleSettings.Stamp(plan.PaidOn),
            };
        }
    }

    private readonly record struct GrantPlan(
        int Id, byte Campaign, int Household, GrantKind Kind, HouseholdCategory Category, int Cash, int InKind, int Standard, bool Overridden,
        GrantStatus Status, byte Meeting, DateOnly AppliedOn, DateOnly PaidOn)
    {
        public decimal Total => Cash + InKind;
    }
}
