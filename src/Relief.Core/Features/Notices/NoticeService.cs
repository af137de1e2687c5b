using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Data.Scope;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;
using Relief.Core.Features.Visits;

namespace Relief.Core.Features.Notices;

/// <summary>
/// 公示: posts approved grants for staff to check (they become OnNotice), shows and prints the notice, and closes it when
/// its period has ended with no objection open (its grants become Payable): by hand, or for every ended notice at once
/// through <see cref="CloseEndedNoticesAsync"/>, which the app may call daily and which does nothing the second time.
/// </summary>
public sealed class NoticeService(
    ReliefDbContext db,
    ICurrentUser user,
    CampaignAccess access,
    IValidator<NoticeInput> validator,
    IOptions<NoticeOptions> options,
    IStringLocalizer<CoreMessages> messages,
    TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>The default end of a period posted on this day.</summary>
    public DateOnly DefaultEndsOn(DateOnly postedOn) => WorkingDays.EndOfPeriod(postedOn, options.Value);

    public async Task<IReadOnlyList<NoticeListItem>> ListAsync(int campaignId, CancellationToken ct = default)
    {
        await access.FindAsync(campaignId, ct);
        var open = ObjectionOutcome.Open;
        return await db.PublicNotices.AsNoTracking().Where(n => n.CampaignId == campaignId)
            .OrderByDescending(n => n.PostedOn).ThenByDescending(n => n.Id)
            .Select(n => new NoticeListItem(n.Id, n.Title, n.OrgUnit!.Name, n.PostedOn, n.EndsOn, n.Status,
                n.Items.Count, n.Items.Sum(i => i.Amount), n.Objections.Count(o => o.Outcome == open)))
            .ToListAsync(ct);
    }

    public async Task<ServiceResult<NoticePreview>> PreviewAsync(NoticeInput input, CancellationToken ct = default)
    {
        await access.FindAsync(input.CampaignId, ct);
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return ServiceResult<NoticePreview>.Failure(validation);
        var unitPath = await UnitPathAsync(input.OrgUnitId, ct);
        if (unitPath is null) return ServiceResult<NoticePreview>.Failure(nameof(input.OrgUnitId), messages["Campaign.UnitRequired"]);
        var rows = await ApprovedRows(input, unitPath)
            .Select(g => new NoticeRow(g.Id, g.Household!.Name, g.OrgUnit!.Name, g.Category, g.Kind, g.TotalAmount))
            .ToListAsync(ct);
        var shown = input.MaskNames ? await MaskedAsync(rows, ct) : rows;
        return ServiceResult<NoticePreview>.Success(new NoticePreview(input.EndsOn ?? DefaultEndsOn(input.PostedOn), shown));
    }

    /// <summary>Posts the notice with a snapshot of each approved grant; the grants become OnNotice.</summary>
    public async Task<ServiceResult<int>> PostAsync(NoticeInput input, CancellationToken ct = default)
    {
        if (await access.RefusalAsync(input.CampaignId, ct) is { } refusal) return ServiceResult<int>.Failure("", refusal);
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return ServiceResult<int>.Failure(validation);
        var enteredLate = !string.IsNullOrWhiteSpace(input.EnteredLateReason);
        if (enteredLate && !access.MayDecide) return ServiceResult<int>.Failure(nameof(input.EnteredLateReason), messages["Notice.EnteredLateChairOnly"]);
        var unitPath = await UnitPathAsync(input.OrgUnitId, ct);
        if (unitPath is null) return ServiceResult<int>.Failure(nameof(input.OrgUnitId), messages["Campaign.UnitRequired"]);

        var grants = await ApprovedRows(input, unitPath).Include(g => g.Household).Include(g => g.OrgUnit).ToListAsync(ct);
        if (grants.Count == 0) return ServiceResult<int>.Failure("", messages["Notice.NothingToPost"]);
        if (await PostedBeforeDecidedAsync(grants, input.PostedOn, ct) is { } outOfOrder) return ServiceResult<int>.Failure(nameof(input.PostedOn), outOfOrder);
        var notice = new PublicNotice
        {
            CampaignId = input.CampaignId,
            OrgUnitId = input.OrgUnitId,
            Title = input.Title.Trim(),
            PostedOn = input.PostedOn,
            EndsOn = input.EndsOn ?? DefaultEndsOn(input.PostedOn),
            Location = string.IsNullOrWhiteSpace(input.Location) ? null : input.Location.Trim(),
            ObjectionContact = string.IsNullOrWhiteSpace(input.ObjectionContact) ? null : input.ObjectionContact.Trim(),
            MaskNames = input.MaskNames,
            EnteredLateReason = enteredLate ? input.EnteredLateReason!.Trim() : null,
            Status = NoticeStatus.Posted,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        foreach (var grant in grants)
        {
            notice.Items.Add(new NoticeItem
            {
                GrantId = grant.Id,
                HouseholdName = grant.Household!.Name,
                UnitName = grant.OrgUnit!.Name,
                Category = grant.Category,
                Kind = grant.Kind,
                Amount = grant.TotalAmount,
            });
            GrantLifecycle.MoveTo(grant, GrantStatus.OnNotice);
        }
        db.PublicNotices.Add(notice);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ServiceResult<int>.Failure("", messages["Record.Changed"]);
        }
        return ServiceResult<int>.Success(notice.Id);
    }

    /// <summary>A notice goes up after the meeting that approved its grants (<see cref="DateOrder"/>): the first grant it would precede, named.</summary>
    private async Task<string?> PostedBeforeDecidedAsync(IReadOnlyList<Grant> grants, DateOnly postedOn, CancellationToken ct)
    {
        var meetingIds = grants.Where(g => g.CommitteeMeetingId is not null).Select(g => g.CommitteeMeetingId!.Value).Distinct().ToList();
        // The approving meeting may be a unit above the poster's (a company meeting deciding for a branch): only its date is read.
        var heldOn = await db.CommitteeMeetings.AsNoTracking().OutsideUnitScope().Where(m => meetingIds.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, m => m.HeldOn, ct);
        return grants.Where(g => g.CommitteeMeetingId is { } id && heldOn.ContainsKey(id))
            .OrderBy(g => heldOn[g.CommitteeMeetingId!.Value]).ThenBy(g => g.Id)
            .Select(g => DateOrder.Refusal(new GrantDates(Applied: g.AppliedOn, Decided: heldOn[g.CommitteeMeetingId!.Value], Noticed: postedOn), messages, g.Household!.Name))
            .LastOrDefault(refusal => refusal is not null);
    }

    /// <summary>The lines with names masked, told apart by the ID number's last four digits where masking made two alike.</summary>
    private async Task<List<NoticeRow>> MaskedAsync(IReadOnlyList<NoticeRow> rows, CancellationToken ct)
    {
        var grantIds = rows.Select(r => r.GrantId).ToList();
        var tails = await db.Grants.AsNoTracking().Where(g => grantIds.Contains(g.Id))
            .Select(g => new { g.Id, g.Household!.IdNumberLastFour }).ToDictionaryAsync(g => g.Id, g => g.IdNumberLastFour, ct);
        return NameMask.MaskAll(rows, tails, tail => messages["Notice.IdTail", tail]).ToList();
    }

    public async Task<NoticeView> GetAsync(int id, CancellationToken ct = default)
    {
        var notice = await db.PublicNotices.AsNoTracking().Where(n => n.Id == id)
            .Select(n => new
            {
                n.Id, n.CampaignId, n.OrgUnitId, UnitName = n.OrgUnit!.Name, n.Title, n.PostedOn, n.EndsOn, n.Location, n.ObjectionContact,
                n.MaskNames, n.EnteredLateReason, n.Status, n.Version,
                Campaign = db.Campaigns.Where(c => c.Id == n.CampaignId).Select(c => new { c.Name, c.Status }).First(),
            })
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        var rows = await db.NoticeItems.AsNoTracking().Where(i => i.PublicNoticeId == id).OrderBy(i => i.Id)
            .Select(i => new NoticeRow(i.GrantId, i.HouseholdName, i.UnitName, i.Category, i.Kind, i.Amount))
            .ToListAsync(ct);
        if (notice.MaskNames) rows = await MaskedAsync(rows, ct);
        var names = rows.ToDictionary(r => r.GrantId, r => r.Name);
        var objections = (await db.Objections.AsNoTracking().Where(o => o.PublicNoticeId == id).OrderBy(o => o.ReceivedOn).ThenBy(o => o.Id).ToListAsync(ct))
            .Select(o => new ObjectionView(o.Id, o.GrantId, o.GrantId is { } grantId ? names.GetValueOrDefault(grantId) : null, o.ReceivedOn, o.RaisedBy,
                o.Content, o.Handling, o.Outcome, o.HandledOn, o.HandledBy, o.Version))
            .ToList();

        var open = notice.Campaign.Status != CampaignStatus.Closed && notice.Status == NoticeStatus.Posted;
        var hasEnded = Today > notice.EndsOn;
        return new NoticeView
        {
            Id = notice.Id,
            CampaignId = notice.CampaignId,
            CampaignName = notice.Campaign.Name,
            OrgUnitId = notice.OrgUnitId,
            UnitName = notice.UnitName,
            Title = notice.Title,
            PostedOn = notice.PostedOn,
            EndsOn = notice.EndsOn,
            Location = notice.Location,
            ObjectionContact = notice.ObjectionContact,
            MaskNames = notice.MaskNames,
            EnteredLateReason = notice.EnteredLateReason,
            Status = notice.Status,
            Rows = rows,
            Objections = objections,
            HasEnded = hasEnded,
            CanRecordObjection = open && access.MayChange,
            CanHandleObjections = notice.Campaign.Status != CampaignStatus.Closed && access.MayDecide,
            CanClose = open && hasEnded && access.MayChange && objections.All(o => o.Outcome != ObjectionOutcome.Open),
            Version = notice.Version,
        };
    }

    /// <summary>Closes a notice whose period has ended with no objection open; its grants still on notice become Payable.</summary>
    public async Task<ServiceResult<int>> CloseAsync(int id, Guid version, CancellationToken ct = default)
    {
        var notice = await db.PublicNotices.FirstOrDefaultAsync(n => n.Id == id, ct) ?? throw new NotFoundException();
        if (await access.RefusalAsync(notice.CampaignId, ct) is { } refusal) return ServiceResult<int>.Failure("", refusal);
        db.Entry(notice).Property(n => n.Version).OriginalValue = version;
        if (await CloseRefusalAsync(notice, Today, ct) is { } why) return ServiceResult<int>.Failure("", why);
        var payable = await MakePayableAsync(notice, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ServiceResult<int>.Failure("", messages["Record.Changed"]);
        }
        return ServiceResult<int>.Success(payable);
    }

    /// <summary>
    /// Closes every posted notice in scope whose period ended before <paramref name="today"/> with no objection open,
    /// in open campaigns. Idempotent: a closed notice is not looked at again. Returns how many were closed.
    /// </summary>
    public async Task<int> CloseEndedNoticesAsync(DateOnly today, CancellationToken ct = default)
    {
        if (!access.MayChange) return 0;
        var open = ObjectionOutcome.Open;
        var ids = await db.PublicNotices.AsNoTracking()
            .Where(n => n.Status == NoticeStatus.Posted && n.EndsOn < today && !n.Objections.Any(o => o.Outcome == open)
                && db.Campaigns.Any(c => c.Id == n.CampaignId && c.Status != CampaignStatus.Closed))
            .OrderBy(n => n.Id).Select(n => n.Id).ToListAsync(ct);
        var closed = 0;
        foreach (var id in ids)
        {
            db.ChangeTracker.Clear();
            var notice = await db.PublicNotices.FirstAsync(n => n.Id == id, ct);
            if (await CloseRefusalAsync(notice, today, ct) is not null) continue;
            await MakePayableAsync(notice, ct);
            try
            {
                await db.SaveChangesAsync(ct);
                closed++;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone is working on this notice right now; the next run picks it up.
                db.ChangeTracker.Clear();
            }
        }
        return closed;
    }

    private async Task<string?> CloseRefusalAsync(PublicNotice notice, DateOnly today, CancellationToken ct)
    {
        if (notice.Status != NoticeStatus.Posted) return messages["Notice.NotPosted", messages.Label(notice.Status)];
        if (today <= notice.EndsOn) return messages["Notice.PeriodRunning", Formats.Date(notice.EndsOn)];
        var openObjections = await db.Objections.CountAsync(o => o.PublicNoticeId == notice.Id && o.Outcome == ObjectionOutcome.Open, ct);
        return openObjections > 0 ? messages["Notice.ObjectionsOpen", openObjections].Value : null;
    }

    private async Task<int> MakePayableAsync(PublicNotice notice, CancellationToken ct)
    {
        var grants = await db.Grants.Where(g => g.Status == GrantStatus.OnNotice && db.NoticeItems.Any(i => i.PublicNoticeId == notice.Id && i.GrantId == g.Id))
            .ToListAsync(ct);
        foreach (var grant in grants) GrantLifecycle.MoveTo(grant, GrantStatus.Payable);
        notice.Status = NoticeStatus.Closed;
        return grants.Count;
    }

    private IQueryable<Grant> ApprovedRows(NoticeInput input, string unitPath)
    {
        var grants = db.Grants
            .Where(g => g.CampaignId == input.CampaignId && g.Status == GrantStatus.Approved && g.OrgUnit!.Path.StartsWith(unitPath));
        if (input.CommitteeMeetingId is { } meetingId) grants = grants.Where(g => g.CommitteeMeetingId == meetingId);
        return grants.OrderBy(g => g.OrgUnit!.SortOrder).ThenBy(g => g.OrgUnitId).ThenBy(g => g.Category).ThenBy(g => g.Household!.Name).ThenBy(g => g.Id);
    }

    private Task<string?> UnitPathAsync(int unitId, CancellationToken ct) =>
        db.OrgUnits.AsNoTracking().InScope(user).Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct);
}
