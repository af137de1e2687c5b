using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Attachments;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Households;
using Relief.Core.Features.Visits;

namespace Relief.Core.Features.Grants;

/// <summary>
/// Committee meetings (集体研究): record the meeting, put pending applications on its agenda, and record one decision
/// per application. Only a chair records decisions. Approval charges the chosen fund source and never overdraws it,
/// even when two meetings approve against the same source at the same moment (see <see cref="FundRetry"/>).
/// </summary>
public sealed class CommitteeService(
    ReliefDbContext db,
    ICurrentUser user,
    CampaignAccess access,
    IValidator<CommitteeMeetingInput> validator,
    IValidator<DecisionInput> decisionValidator,
    IStringLocalizer<CoreMessages> messages,
    RequiredPaperService papers,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<MeetingListItem>> ListAsync(int campaignId, CancellationToken ct = default)
    {
        await access.FindAsync(campaignId, ct);
        var approved = DecisionOutcome.Approved;
        var rejected = DecisionOutcome.Rejected;
        return await db.CommitteeMeetings.AsNoTracking().Where(m => m.CampaignId == campaignId)
            .OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.Id)
            .Select(m => new MeetingListItem(
                m.Id, m.Title, m.HeldOn, m.MinutesReference, m.OrgUnit!.Name,
                db.Grants.Count(g => g.CommitteeMeetingId == m.Id),
                m.Decisions.Count(d => d.Outcome == approved),
                m.Decisions.Where(d => d.Outcome == approved).Sum(d => d.ApprovedAmount) ?? 0m,
                m.Decisions.Count(d => d.Outcome == rejected),
                m.OrgUnitId))
            .ToListAsync(ct);
    }

    public async Task<MeetingDetail> GetAsync(int id, CancellationToken ct = default)
    {
        var meeting = await db.CommitteeMeetings.AsNoTracking().Where(m => m.Id == id)
            .Select(m => new
            {
                m.Id, m.CampaignId, CampaignName = db.Campaigns.Where(c => c.Id == m.CampaignId).Select(c => c.Name).First(),
                CampaignStatus = db.Campaigns.Where(c => c.Id == m.CampaignId).Select(c => c.Status).First(),
                m.OrgUnitId, UnitName = m.OrgUnit!.Name, m.Title, m.HeldOn, m.MinutesReference, m.Version,
                Attendees = m.Attendees.OrderBy(a => a.Id).Select(a => new MeetingAttendeeInput { Name = a.Name, Title = a.Title, UserId = a.UserId }).ToList(),
            })
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        var agenda = await db.Grants.AsNoTracking().Where(g => g.CommitteeMeetingId == id)
            .OrderBy(g => g.OrgUnit!.SortOrder).ThenBy(g => g.OrgUnitId).ThenBy(g => g.Household!.Name).ThenBy(g => g.Id)
            .Select(g => new
            {
                Grant = g,
                HouseholdName = g.Household!.Name,
                UnitName = g.OrgUnit!.Name,
                FundName = g.FundSource != null ? g.FundSource.Name : null,
                Decision = db.GrantDecisions.Where(d => d.CommitteeMeetingId == id && d.GrantId == g.Id)
                    .Select(d => new { d.Outcome, d.ApprovedAmount, d.Reason, d.MissingPapers }).FirstOrDefault(),
            })
            .Select(x => new AgendaItem(
                x.Grant.Id, x.Grant.HouseholdId, x.HouseholdName, x.UnitName, x.Grant.Category, x.Grant.Kind, x.Grant.TotalAmount,
                x.Grant.StandardAmount, x.Grant.OverrideReason, x.Grant.Reason, x.Grant.Status, x.Grant.DuplicateElsewhere, false,
                x.Decision != null ? x.Decision.Outcome : null,
                x.Decision != null ? x.Decision.ApprovedAmount : null,
                x.Decision != null ? x.Decision.Reason : null,
                x.FundName,
                x.Grant.Version)
            {
                DecidedWithMissingPapers = x.Decision != null ? x.Decision.MissingPapers : null,
            })
            .ToListAsync(ct);
        var helpedElsewhere = await GrantRules.HelpedByOtherUnitAsync(db, agenda.Select(a => a.GrantId).ToList(), ct);
        var missing = await papers.MissingForGrantsAsync(agenda.Select(a => a.GrantId).ToList(), ct);
        var open = meeting.CampaignStatus != CampaignStatus.Closed;
        return new MeetingDetail
        {
            Id = meeting.Id,
            CampaignId = meeting.CampaignId,
            CampaignName = meeting.CampaignName,
            OrgUnitId = meeting.OrgUnitId,
            UnitName = meeting.UnitName,
            Title = meeting.Title,
            HeldOn = meeting.HeldOn,
            MinutesReference = meeting.MinutesReference,
            Attendees = meeting.Attendees,
            Agenda = agenda.Select(a => a with
            {
                HelpedByOtherUnit = helpedElsewhere.Contains(a.GrantId),
                MissingPapers = missing.GetValueOrDefault(a.GrantId) ?? MissingPapers.None,
            }).ToList(),
            CanDecide = open && access.MayDecide,
            CanEditAgenda = open && access.MayChange,
            Version = meeting.Version,
        };
    }

    public async Task<ServiceResult<int>> CreateAsync(CommitteeMeetingInput input, CancellationToken ct = default)
    {
        if (await access.RefusalAsync(input.CampaignId, ct) is { } refusal) return ServiceResult<int>.Failure("", refusal);
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return ServiceResult<int>.Failure(validation);
        if (!await db.OrgUnits.AsNoTracking().InScope(user).AnyAsync(u => u.Id == input.OrgUnitId, ct))
            return ServiceResult<int>.Failure(nameof(input.OrgUnitId), messages["Campaign.UnitRequired"]);

        var meeting = new CommitteeMeeting { CampaignId = input.CampaignId, Title = input.Title.Trim(), CreatedAt = clock.GetUtcNow().UtcDateTime };
        Copy(meeting, input);
        db.CommitteeMeetings.Add(meeting);
        await db.SaveChangesAsync(ct);
        return ServiceResult<int>.Success(meeting.Id);
    }

    public async Task<ServiceResult<int>> UpdateAsync(int id, CommitteeMeetingInput input, CancellationToken ct = default)
    {
        var meeting = await db.CommitteeMeetings.Include(m => m.Attendees).FirstOrDefaultAsync(m => m.Id == id, ct)
            ?? throw new NotFoundException();
        input = input with { CampaignId = meeting.CampaignId };
        if (await access.RefusalAsync(meeting.CampaignId, ct) is { } refusal) return ServiceResult<int>.Failure("", refusal);
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return ServiceResult<int>.Failure(validation);
        if (!await db.OrgUnits.AsNoTracking().InScope(user).AnyAsync(u => u.Id == input.OrgUnitId, ct))
            return ServiceResult<int>.Failure(nameof(input.OrgUnitId), messages["Campaign.UnitRequired"]);

        db.Entry(meeting).Property(m => m.Version).OriginalValue = input.Version;
        meeting.Title = input.Title.Trim();
        meeting.Attendees.Clear();
        Copy(meeting, input);
        db.Entry(meeting).Property(m => m.Title).IsModified = true;
        await db.SaveChangesOrConflictAsync(ct);
        return ServiceResult<int>.Success(meeting.Id);
    }

    /// <summary>Applications of the campaign still waiting for a meeting (applied, on no agenda), in the user's scope.</summary>
    public Task<PagedResult<GrantListItem>> PendingAsync(int campaignId, PageRequest page, CancellationToken ct = default) =>
        PendingAsync(campaignId, null, null, page, ct);

    /// <summary>
    /// As <see cref="PendingAsync(int, PageRequest, CancellationToken)"/>, narrowed to a unit and the units below it
    /// (a unit outside the user's scope is not found) and to one category.
    /// </summary>
    public async Task<PagedResult<GrantListItem>> PendingAsync(
        int campaignId, int? orgUnitId, HouseholdCategory? category, PageRequest page, CancellationToken ct = default)
    {
        await access.FindAsync(campaignId, ct);
        string? unitPath = null;
        if (orgUnitId is { } unitId)
        {
            unitPath = await db.OrgUnits.AsNoTracking().InScope(user).Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct)
                ?? throw new NotFoundException();
        }
        var rows = await db.Grants.AsNoTracking()
            .Filter(db, new GrantQuery { CampaignId = campaignId, AwaitingMeeting = true, Category = category }, unitPath)
            .OrderBy(g => g.OrgUnitId).ThenBy(g => g.Household!.Name).ThenBy(g => g.Id)
            .ToListItems().ToPageAsync(page, ct);
        return await rows.WithHelpElsewhereAsync(db, ct);
    }

    /// <summary>Puts undecided applications on the meeting's agenda. All or nothing: one that cannot go refuses the lot, named.</summary>
    public async Task<ServiceResult<int>> AttachAsync(int meetingId, IReadOnlyCollection<int> grantIds, CancellationToken ct = default)
    {
        var meeting = await MeetingAsync(meetingId, ct);
        if (await access.RefusalAsync(meeting.CampaignId, ct) is { } refusal) return ServiceResult<int>.Failure("", refusal);
        if (grantIds.Count == 0) return ServiceResult<int>.Failure("", messages["Meeting.NothingToAttach"]);

        var grants = await db.Grants.Where(g => grantIds.Contains(g.Id)).Include(g => g.Household).ToListAsync(ct);
        if (grants.Count != grantIds.Distinct().Count()) throw new NotFoundException();
        var decidedHere = await db.GrantDecisions.Where(d => d.CommitteeMeetingId == meetingId && grantIds.Contains(d.GrantId)).Select(d => d.GrantId).ToListAsync(ct);
        foreach (var grant in grants)
        {
            var name = grant.Household!.Name;
            if (grant.CampaignId != meeting.CampaignId) return ServiceResult<int>.Failure("", messages["Meeting.OtherCampaign", name]);
            if (grant.Status != GrantStatus.Applied)
                return ServiceResult<int>.Failure("", messages["Meeting.NotPending", name, messages.Label(grant.Status)]);
            if (grant.CommitteeMeetingId is { } other && other != meetingId)
                return ServiceResult<int>.Failure("", messages["Meeting.OnOtherAgenda", name]);
            if (decidedHere.Contains(grant.Id)) return ServiceResult<int>.Failure("", messages["Meeting.DecidedHereBefore", name]);
            grant.CommitteeMeetingId = meetingId;
        }
        await db.SaveChangesOrConflictAsync(ct);
        return ServiceResult<int>.Success(grants.Count);
    }

    /// <summary>Takes an undecided application off the agenda again.</summary>
    public async Task<ServiceResult<int>> DetachAsync(int meetingId, int grantId, CancellationToken ct = default)
    {
        var meeting = await MeetingAsync(meetingId, ct);
        if (await access.RefusalAsync(meeting.CampaignId, ct) is { } refusal) return ServiceResult<int>.Failure("", refusal);
        var grant = await db.Grants.FirstOrDefaultAsync(g => g.Id == grantId && g.CommitteeMeetingId == meetingId, ct)
            ?? throw new NotFoundException();
        if (grant.Status != GrantStatus.Applied)
            return ServiceResult<int>.Failure("", messages["Grant.NotEditable", messages.Label(grant.Status)]);
        grant.CommitteeMeetingId = null;
        await db.SaveChangesOrConflictAsync(ct);
        return ServiceResult<int>.Success(grant.Id);
    }

    /// <summary>
    /// Records the meeting's decision on one application on its agenda. Approve: charges the chosen source of the
    /// campaign, refused when its balance does not cover the amount, also when another approval took the money a
    /// moment ago. Reject: with a reason. Only a chair decides; nothing changes on a refusal.
    /// </summary>
    public async Task<ServiceResult<int>> DecideAsync(int meetingId, DecisionInput input, CancellationToken ct = default)
    {
        var meeting = await MeetingAsync(meetingId, ct);
        if (await access.RefusalAsync(meeting.CampaignId, ct) is { } refusal) return ServiceResult<int>.Failure("", refusal);
        if (!access.MayDecide) return ServiceResult<int>.Failure("", messages["Decision.ChairOnly"]);
        var validation = await decisionValidator.ValidateAsync(input, ct);
        if (!validation.IsValid) return ServiceResult<int>.Failure(validation);
        if (DateOrder.Refusal(new GrantDates(Decided: meeting.HeldOn, Today: DateOrder.Today(clock)), messages) is { } notHeld)
            return ServiceResult<int>.Failure("", notHeld);
        if (!await db.Grants.AnyAsync(g => g.Id == input.GrantId, ct)) throw new NotFoundException();

        var missing = await papers.MissingForGrantsAsync([input.GrantId], ct);
        var refused = await FundRetry.SaveAsync(db, async attemptCt =>
            TryDecide(meeting, input, await DecisionBatch.LoadAsync(db, meeting.Id, [input], attemptCt), missing), messages["Fund.Busy"], ct);
        return refused is null ? ServiceResult<int>.Success(input.GrantId) : ServiceResult<int>.Failure("", refused);
    }

    /// <summary>
    /// Records several decisions of one meeting at once, all or nothing: every input is validated first, then all are
    /// checked and saved in one transaction (a later approval sees the balance the earlier ones left). The first
    /// refusal refuses the lot and nothing changes. Failures are named "[i].Property" (or "[i]") after the input's
    /// position, so a page can show each next to its row.
    /// </summary>
    public async Task<ServiceResult<int>> DecideAllAsync(int meetingId, IReadOnlyList<DecisionInput> inputs, CancellationToken ct = default)
    {
        var meeting = await MeetingAsync(meetingId, ct);
        if (await access.RefusalAsync(meeting.CampaignId, ct) is { } refusal) return ServiceResult<int>.Failure("", refusal);
        if (!access.MayDecide) return ServiceResult<int>.Failure("", messages["Decision.ChairOnly"]);
        if (inputs.Count == 0) return ServiceResult<int>.Failure("", messages["Decision.NothingChosen"]);

        var failures = new List<ValidationFailure>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var validation = await decisionValidator.ValidateAsync(inputs[i], ct);
            failures.AddRange(validation.Errors.Select(e => new ValidationFailure($"[{i}].{e.PropertyName}", e.ErrorMessage)));
        }
        if (failures.Count > 0) return ServiceResult<int>.Failure(new ValidationResult(failures));
        if (DateOrder.Refusal(new GrantDates(Decided: meeting.HeldOn, Today: DateOrder.Today(clock)), messages) is { } notHeld)
            return ServiceResult<int>.Failure("", notHeld);
        var ids = inputs.Select(i => i.GrantId).ToList();
        var inScope = await db.Grants.Where(g => ids.Contains(g.Id))
            .Select(g => new { g.Id, g.Household!.Name }).ToListAsync(ct);
        if (inScope.Count != ids.Distinct().Count()) throw new NotFoundException();
        if (ids.GroupBy(id => id).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            var index = ids.LastIndexOf(twice.Key);
            return ServiceResult<int>.Failure($"[{index}]", messages["Decision.TwiceInBatch", inScope.First(g => g.Id == twice.Key).Name]);
        }

        var missing = await papers.MissingForGrantsAsync(ids, ct);
        var failedAt = -1;
        var refused = await FundRetry.SaveAsync(db, async attemptCt =>
        {
            // Everything the decisions read, in three queries: one query per decision made 2,039 of them 6,000 (13 s).
            var batch = await DecisionBatch.LoadAsync(db, meeting.Id, inputs, attemptCt);
            for (var i = 0; i < inputs.Count; i++)
            {
                if (TryDecide(meeting, inputs[i], batch, missing) is not { } why) continue;
                failedAt = i;
                return why;
            }
            failedAt = -1;
            return null;
        }, messages["Fund.Busy"], ct);
        if (refused is null) return ServiceResult<int>.Success(inputs.Count);
        return ServiceResult<int>.Failure(failedAt < 0 ? "" : $"[{failedAt}]", refused);
    }

    private string? TryDecide(MeetingHeader meeting, DecisionInput input, DecisionBatch batch, IReadOnlyDictionary<int, MissingPapers> missing)
    {
        if (!batch.Grants.TryGetValue(input.GrantId, out var grant)) throw new NotFoundException();
        var name = grant.Household!.Name;
        if (grant.CommitteeMeetingId != meeting.Id || grant.CampaignId != meeting.CampaignId) return messages["Decision.NotOnAgenda", name];
        if (grant.Status != GrantStatus.Applied) return messages["Decision.AlreadyDecided", name, messages.Label(grant.Status)];
        if (batch.DecidedHere.Contains(grant.Id)) return messages["Meeting.DecidedHereBefore", name];
        if (grant.Version != input.GrantVersion) return messages["Record.Changed"];
        if (DateOrder.Refusal(new GrantDates(Applied: grant.AppliedOn, Decided: meeting.HeldOn), messages, name) is { } outOfOrder) return outOfOrder;

        var decision = new GrantDecision
        {
            CommitteeMeetingId = meeting.Id,
            GrantId = grant.Id,
            Outcome = input.Outcome,
            Reason = string.IsNullOrWhiteSpace(input.Reason) ? null : input.Reason.Trim(),
            DecidedBy = user.UserName,
            DecidedAt = clock.GetUtcNow().UtcDateTime,
            // The chair may decide with papers missing; the record says which were.
            MissingPapers = MissingPapersNote(missing.GetValueOrDefault(grant.Id)),
        };
        if (input.Outcome == DecisionOutcome.Rejected)
        {
            GrantLifecycle.MoveTo(grant, GrantStatus.Rejected);
            grant.RejectionReason = decision.Reason;
            db.GrantDecisions.Add(decision);
            return null;
        }

        var amount = input.ApprovedAmount ?? grant.TotalAmount;
        if (amount < grant.InKindValue) return messages["Decision.BelowInKind", Formats.Amount(grant.InKindValue)];
        if (grant.StandardAmount is { } standard && amount > standard && grant.OverrideReason is null && decision.Reason is null)
            return messages["Grant.OverrideReasonRequired", Formats.Amount(standard)];
        if (batch.Funds.GetValueOrDefault(input.FundSourceId ?? 0) is not { } fund || fund.CampaignId != grant.CampaignId)
            return messages["Decision.FundNotInCampaign"];
        if (fund.Balance < amount)
            return messages["Fund.Insufficient", fund.Name, Formats.Amount(fund.Balance), Formats.Amount(amount)];

        fund.Committed += amount;
        grant.CashAmount = amount - grant.InKindValue;
        grant.TotalAmount = amount;
        grant.FundSourceId = fund.Id;
        GrantLifecycle.MoveTo(grant, GrantStatus.Approved);
        grant.RejectionReason = null;
        decision.ApprovedAmount = amount;
        db.GrantDecisions.Add(decision);
        return null;
    }

    private static string? MissingPapersNote(MissingPapers? missing)
    {
        if (missing is null) return null;
        var note = string.Join("、", missing.Names(english: false));
        return note.Length == 0 ? null : note.Length <= FieldLengths.ShortText ? note : note[..FieldLengths.ShortText];
    }

    private async Task<MeetingHeader> MeetingAsync(int meetingId, CancellationToken ct) =>
        await db.CommitteeMeetings.AsNoTracking().Where(m => m.Id == meetingId)
            .Select(m => new MeetingHeader(m.Id, m.CampaignId, m.HeldOn))
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();

    private static void Copy(CommitteeMeeting meeting, CommitteeMeetingInput input)
    {
        meeting.OrgUnitId = input.OrgUnitId;
        meeting.HeldOn = input.HeldOn;
        meeting.MinutesReference = string.IsNullOrWhiteSpace(input.MinutesReference) ? null : input.MinutesReference.Trim();
        foreach (var attendee in input.Attendees)
        {
            meeting.Attendees.Add(new MeetingAttendee
            {
                Name = attendee.Name.Trim(),
                Title = string.IsNullOrWhiteSpace(attendee.Title) ? null : attendee.Title.Trim(),
                UserId = string.IsNullOrWhiteSpace(attendee.UserId) ? null : attendee.UserId,
            });
        }
    }

    /// <summary>The users who can be named as attendees: those of the units above the user and of their scope.</summary>
    public Task<List<PersonChoice>> AttendeeChoicesAsync(CancellationToken ct = default) => db.PeopleAsync(user, null, ct);
}
