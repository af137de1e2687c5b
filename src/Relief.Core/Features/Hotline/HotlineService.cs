using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Households;
using Relief.Core.Features.Visits;

namespace Relief.Core.Features.Hotline;

/// <summary>
/// 帮扶热线: the campaign's published number and duty hours, and the call log (来电登记). A call belongs to the caller's
/// household's unit when the caller is on file, else to the unit of the officer who took it; every query goes
/// through the user's scope. Changes need a campaign that is visible, open and not read-only for the user.
/// </summary>
public sealed class HotlineService(
    ReliefDbContext db,
    ICurrentUser user,
    CampaignAccess access,
    IValidator<HotlineCallInput> validator,
    IValidator<HotlineSettingsInput> settingsValidator,
    IStringLocalizer<CoreMessages> messages,
    TimeProvider clock)
{
    public async Task<HotlineSettingsView> GetSettingsAsync(int campaignId, CancellationToken ct = default)
    {
        var campaign = await access.FindAsync(campaignId, ct);
        var line = await db.CampaignHotlines.AsNoTracking().FirstOrDefaultAsync(h => h.CampaignId == campaignId, ct);
        var input = line is null
            ? new HotlineSettingsInput()
            : new HotlineSettingsInput { PhoneNumber = line.PhoneNumber, DutyHours = line.DutyHours, HoursPerDay = line.HoursPerDay, Version = line.Version };
        return new HotlineSettingsView(campaign.Id, campaign.Name, await access.OrganizerRefusalAsync(campaignId, ct), input, line?.UpdatedBy, line?.UpdatedAt);
    }

    /// <summary>Publishes or changes the hotline of a campaign the user's unit (or one below it) organizes. A stale version is a conflict.</summary>
    public async Task<ServiceResult<int>> SaveSettingsAsync(int campaignId, HotlineSettingsInput input, CancellationToken ct = default)
    {
        if (await access.OrganizerRefusalAsync(campaignId, ct) is { } refusal) return ServiceResult<int>.Failure("", refusal);
        var validation = await settingsValidator.ValidateAsync(input, ct);
        if (!validation.IsValid) return ServiceResult<int>.Failure(validation);

        var line = await db.CampaignHotlines.FirstOrDefaultAsync(h => h.CampaignId == campaignId, ct);
        if (line is null)
        {
            // Someone published it since this form was loaded empty.
            if (input.Version is not null) throw new ConcurrencyConflictException();
            line = new CampaignHotline { CampaignId = campaignId, PhoneNumber = "", DutyHours = "" };
            db.CampaignHotlines.Add(line);
        }
        else
        {
            if (input.Version is not { } version) throw new ConcurrencyConflictException();
            db.Entry(line).Property(h => h.Version).OriginalValue = version;
        }
        line.PhoneNumber = input.PhoneNumber.Trim();
        line.DutyHours = input.DutyHours.Trim();
        line.HoursPerDay = input.HoursPerDay;
        line.UpdatedBy = user.UserName;
        line.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesOrConflictAsync(ct);
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
        {
            // Two first saves at once: the unique index on the campaign let one through.
            throw new ConcurrencyConflictException("The hotline was published by someone else at the same time.", ex);
        }
        return ServiceResult<int>.Success(line.Id);
    }

    public Task<HotlineLine?> LineAsync(int campaignId, CancellationToken ct = default) => db.HotlineOfAsync(campaignId, ct);

    public async Task<PagedResult<HotlineCallListItem>> ListAsync(HotlineCallQuery query, PageRequest page, CancellationToken ct = default)
    {
        var calls = await FilterAsync(query, ct);
        return await calls.OrderByDescending(c => c.CalledAt).ThenByDescending(c => c.Id)
            .Select(c => new HotlineCallListItem(
                c.Id, c.CalledAt, c.HouseholdId, c.Household != null ? c.Household.Name : c.CallerName ?? "", c.CallerPhone,
                c.Household != null ? c.Household.OrgUnit!.Name : null, c.Category, c.Question, c.TakenByName, c.Outcome, c.ConcernId, c.GrantId))
            .ToPageAsync(page, ct);
    }

    /// <summary>Counted in the database over everything the filters match: the line above the call log.</summary>
    public async Task<HotlineCallTotals> TotalsAsync(HotlineCallQuery query, CancellationToken ct = default)
    {
        var calls = await FilterAsync(query, ct);
        return new HotlineCallTotals(
            await calls.CountAsync(ct),
            await calls.CountAsync(c => c.ConcernId != null, ct),
            await calls.CountAsync(c => c.GrantId != null, ct),
            await calls.CountAsync(c => c.Outcome == CallOutcome.FollowUp, ct));
    }

    public async Task<HotlineCallDetail> GetAsync(int id, CancellationToken ct = default) =>
        await db.HotlineCalls.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new HotlineCallDetail
            {
                Id = c.Id,
                CampaignId = c.CampaignId,
                CampaignName = db.Campaigns.Where(k => k.Id == c.CampaignId).Select(k => k.Name).First(),
                CampaignClosed = db.Campaigns.Any(k => k.Id == c.CampaignId && k.Status == CampaignStatus.Closed),
                CalledAt = c.CalledAt,
                HouseholdId = c.HouseholdId,
                HouseholdName = c.Household != null ? c.Household.Name : null,
                CallerName = c.CallerName,
                CallerPhone = c.CallerPhone,
                UnitName = db.OrgUnits.Where(u => u.Id == c.OrgUnitId).Select(u => u.Name).First(),
                Category = c.Category,
                Question = c.Question,
                TakenByName = c.TakenByName,
                Outcome = c.Outcome,
                OutcomeNote = c.OutcomeNote,
                ConcernId = c.ConcernId,
                ConcernStatus = db.Concerns.Where(x => x.Id == c.ConcernId).Select(x => (ConcernStatus?)x.Status).FirstOrDefault(),
                ConcernOwner = db.Concerns.Where(x => x.Id == c.ConcernId).Select(x => x.OwnerName).FirstOrDefault(),
                GrantId = c.GrantId,
                GrantStatus = db.Grants.Where(g => g.Id == c.GrantId).Select(g => (Grants.GrantStatus?)g.Status).FirstOrDefault(),
                GrantKind = db.Grants.Where(g => g.Id == c.GrantId).Select(g => (Grants.GrantKind?)g.Kind).FirstOrDefault(),
                GrantAmount = db.Grants.Where(g => g.Id == c.GrantId).Select(g => (decimal?)g.TotalAmount).FirstOrDefault(),
                CreatedBy = c.CreatedBy,
                Version = c.Version,
            })
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();

    /// <summary>A blank call for the campaign, taken now by the user; the caller is the household when one is given (in scope).</summary>
    public async Task<HotlineCallInput> NewAsync(int campaignId, int? householdId, CancellationToken ct = default)
    {
        await access.FindAsync(campaignId, ct);
        if (householdId is { } id && !await db.Households.AsNoTracking().AnyAsync(h => h.Id == id, ct)) throw new NotFoundException();
        var now = clock.GetLocalNow().DateTime;
        return new HotlineCallInput
        {
            CampaignId = campaignId,
            CalledAt = new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, DateTimeKind.Unspecified),
            HouseholdId = householdId,
            TakenByUserId = user.UserId,
            Outcome = CallOutcome.Answered,
        };
    }

    public async Task<ServiceResult<int>> RecordAsync(HotlineCallInput input, CancellationToken ct = default)
    {
        if (await access.RefusalAsync(input.CampaignId, ct) is { } refusal) return ServiceResult<int>.Failure("", refusal);
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return ServiceResult<int>.Failure(validation);
        var checkedInput = await CheckAsync(input, ct);
        if (checkedInput.Refusal is { } why) return ServiceResult<int>.Failure(checkedInput.Property!, why);

        var call = new HotlineCall
        {
            CampaignId = input.CampaignId,
            OrgUnitId = checkedInput.HouseholdUnitId ?? await DefaultUnitIdAsync(ct),
            Question = "",
            TakenByName = "",
            CreatedBy = user.UserName,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        Copy(call, input, checkedInput);
        db.HotlineCalls.Add(call);
        await db.SaveChangesAsync(ct);
        return ServiceResult<int>.Success(call.Id);
    }

    public async Task<HotlineCallInput> GetForEditAsync(int id, CancellationToken ct = default)
    {
        var call = await db.HotlineCalls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException();
        return new HotlineCallInput
        {
            CampaignId = call.CampaignId,
            CalledAt = TimeZoneInfo.ConvertTimeFromUtc(call.CalledAt, clock.LocalTimeZone),
            HouseholdId = call.HouseholdId,
            CallerName = call.CallerName,
            CallerPhone = call.CallerPhone,
            Category = call.Category,
            Question = call.Question,
            TakenByUserId = call.TakenByUserId,
            Outcome = call.Outcome,
            OutcomeNote = call.OutcomeNote,
            Version = call.Version,
        };
    }

    /// <summary>
    /// Corrects a call or records how it ended. The campaign stays; the household stays once the call became a concern or
    /// an application (they belong to it). A stale version is a <see cref="ConcurrencyConflictException"/>.
    /// </summary>
    public async Task<ServiceResult<int>> UpdateAsync(int id, HotlineCallInput input, CancellationToken ct = default)
    {
        var call = await db.HotlineCalls.FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException();
        input = input with { CampaignId = call.CampaignId };
        if (await access.RefusalAsync(call.CampaignId, ct) is { } refusal) return ServiceResult<int>.Failure("", refusal);
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return ServiceResult<int>.Failure(validation);
        if ((call.ConcernId is not null || call.GrantId is not null) && input.HouseholdId != call.HouseholdId)
            return ServiceResult<int>.Failure(nameof(input.HouseholdId), messages["Hotline.HouseholdFixed"]);
        var checkedInput = await CheckAsync(input, ct);
        if (checkedInput.Refusal is { } why) return ServiceResult<int>.Failure(checkedInput.Property!, why);

        db.Entry(call).Property(c => c.Version).OriginalValue = input.Version;
        if (checkedInput.HouseholdUnitId is { } unitId) call.OrgUnitId = unitId;
        Copy(call, input, checkedInput);
        // The row is written even when nothing changed, so the version check always runs.
        db.Entry(call).Property(c => c.Version).IsModified = true;
        await db.SaveChangesOrConflictAsync(ct);
        return ServiceResult<int>.Success(call.Id);
    }

    /// <summary>The people who can be named as having taken a call: users of the units above the user and of their scope.</summary>
    public Task<List<PersonChoice>> GetTakerChoicesAsync(CancellationToken ct = default) => db.PeopleAsync(user, null, ct);

    /// <summary>The caller's household, when one is chosen, for a form shown again (null when it is outside the scope).</summary>
    public Task<HouseholdPick?> GetHouseholdAsync(int householdId, CancellationToken ct = default) =>
        db.Households.AsNoTracking().Where(h => h.Id == householdId).ToPicks().FirstOrDefaultAsync(ct);

    /// <summary>The local time typed on the form as the stored UTC stamp, to the minute.</summary>
    public DateTime ToUtc(DateTime local)
    {
        var minute = new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, DateTimeKind.Unspecified);
        return TimeZoneInfo.ConvertTimeToUtc(minute, clock.LocalTimeZone);
    }

    private async Task<IQueryable<HotlineCall>> FilterAsync(HotlineCallQuery query, CancellationToken ct)
    {
        await access.FindAsync(query.CampaignId, ct);
        var calls = db.HotlineCalls.AsNoTracking().Where(c => c.CampaignId == query.CampaignId);
        if (query.Category is { } category) calls = calls.Where(c => c.Category == category);
        if (query.Outcome is { } outcome) calls = calls.Where(c => c.Outcome == outcome);
        calls = query.Conversion switch
        {
            CallConversion.None => calls.Where(c => c.ConcernId == null && c.GrantId == null),
            CallConversion.ToConcern => calls.Where(c => c.ConcernId != null),
            CallConversion.ToApplication => calls.Where(c => c.GrantId != null),
            _ => calls,
        };
        if (query.From is { } from)
        {
            var fromUtc = ToUtc(from.ToDateTime(TimeOnly.MinValue));
            calls = calls.Where(c => c.CalledAt >= fromUtc);
        }
        if (query.To is { } to)
        {
            var untilUtc = ToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue));
            calls = calls.Where(c => c.CalledAt < untilUtc);
        }
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim();
            calls = calls.Where(c => (c.CallerName != null && c.CallerName.Contains(text)) || (c.CallerPhone != null && c.CallerPhone.Contains(text))
                || c.Question.Contains(text) || (c.Household != null && c.Household.Name.Contains(text)));
        }
        return calls;
    }

    private async Task<CallCheck> CheckAsync(HotlineCallInput input, CancellationToken ct)
    {
        int? householdUnitId = null;
        if (input.HouseholdId is { } householdId)
        {
            householdUnitId = await db.Households.AsNoTracking().Where(h => h.Id == householdId)
                .Select(h => (int?)h.OrgUnitId).FirstOrDefaultAsync(ct);
            if (householdUnitId is null) return CallCheck.Refuse(nameof(input.HouseholdId), messages["Hotline.HouseholdNotFound"]);
        }
        var taker = string.IsNullOrWhiteSpace(input.TakenByUserId) ? null : (await db.PeopleAsync(user, [input.TakenByUserId], ct)).FirstOrDefault();
        if (taker is null) return CallCheck.Refuse(nameof(input.TakenByUserId), messages["Hotline.TakenByRequired"]);
        return new CallCheck(null, null, householdUnitId, taker);
    }

    private void Copy(HotlineCall call, HotlineCallInput input, CallCheck check)
    {
        call.CalledAt = ToUtc(input.CalledAt);
        call.HouseholdId = input.HouseholdId;
        call.CallerName = input.CallerName.TrimmedOrNull();
        call.CallerPhone = PhoneNumber.StoredOrNull(input.CallerPhone);
        call.Category = input.Category;
        call.Question = input.Question.Trim();
        call.TakenByUserId = check.Taker!.UserId;
        call.TakenByName = check.Taker.DisplayName;
        call.Outcome = input.Outcome;
        call.OutcomeNote = input.OutcomeNote.TrimmedOrNull();
    }

    private async Task<int> DefaultUnitIdAsync(CancellationToken ct) =>
        user.OrgUnitId ?? await db.OrgUnits.AsNoTracking().InScope(user).OrderBy(u => u.Path).Select(u => u.Id).FirstAsync(ct);


    private sealed record CallCheck(string? Property, string? Refusal, int? HouseholdUnitId, PersonChoice? Taker)
    {
        public static CallCheck Refuse(string property, string message) => new(property, message, null, null);
    }
}
