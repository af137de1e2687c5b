using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Visits;

namespace Relief.Core.Features.Hotline;

/// <summary>
/// Turns a call into a concern (诉求) or an application (补助申请) in one step: the existing services create it with all
/// their rules, and the call records the link, in one transaction, so there is never a concern or an application
/// without its call, nor a call pointing at nothing. A call changed by someone else since it was shown is a conflict.
/// </summary>
public sealed class HotlineConversionService(
    ReliefDbContext db,
    ICurrentUser user,
    CampaignAccess access,
    ConcernService concerns,
    GrantService grants,
    IStringLocalizer<CoreMessages> messages,
    TimeProvider clock)
{
    public const int DaysToFollowUp = 30;

    /// <summary>The concern the call suggests: its household, campaign and date, the question as the description, the user as owner.</summary>
    public async Task<ConcernInput> NewConcernAsync(int callId, CancellationToken ct = default)
    {
        var call = await CallAsync(callId, tracked: false, ct);
        var raisedOn = CallDate(call);
        return new ConcernInput
        {
            HouseholdId = call.HouseholdId ?? 0,
            CampaignId = call.CampaignId,
            Category = CallMapping.ConcernCategoryOf(call.Category),
            Description = call.Question,
            RaisedOn = raisedOn,
            OwnerUserId = user.UserId,
            DueOn = raisedOn.AddDays(DaysToFollowUp),
        };
    }

    /// <summary>The application the call suggests: its household and campaign, a kind from the call's category, the household's first category, the question as the reason.</summary>
    public async Task<GrantInput> NewApplicationAsync(int callId, CancellationToken ct = default)
    {
        var call = await CallAsync(callId, tracked: false, ct);
        var category = await db.HouseholdCategories.AsNoTracking().Where(c => c.HouseholdId == call.HouseholdId)
            .OrderBy(c => c.Category).Select(c => (Households.HouseholdCategory?)c.Category).FirstOrDefaultAsync(ct);
        return new GrantInput
        {
            CampaignId = call.CampaignId,
            HouseholdId = call.HouseholdId ?? 0,
            Kind = CallMapping.GrantKindOf(call.Category),
            Category = category ?? default,
            Reason = call.Question.Length <= FieldLengths.ShortText ? call.Question : call.Question[..(FieldLengths.ShortText - 1)] + "…",
        };
    }

    /// <summary>The categories on the caller's file: an application's category must be one of them.</summary>
    public async Task<IReadOnlyList<Households.HouseholdCategory>> CallerCategoriesAsync(int callId, CancellationToken ct = default)
    {
        var call = await CallAsync(callId, tracked: false, ct);
        return await db.HouseholdCategories.AsNoTracking().Where(c => c.HouseholdId == call.HouseholdId)
            .OrderBy(c => c.Category).Select(c => c.Category).ToListAsync(ct);
    }

    /// <param name="callVersion">The call's version when the user opened the form.</param>
    public async Task<ServiceResult<int>> ToConcernAsync(int callId, ConcernInput input, Guid callVersion, CancellationToken ct = default)
    {
        var call = await CallAsync(callId, tracked: false, ct);
        if (await RefusalAsync(call, call.ConcernId, "Hotline.AlreadyConcern", ct) is { } refusal) return ServiceResult<int>.Failure("", refusal);
        input = input with { HouseholdId = call.HouseholdId!.Value, CampaignId = call.CampaignId, VisitId = null, RaisedOn = CallDate(call) };

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = await concerns.CreateAsync(input, ct);
        if (!created.Succeeded)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return created;
        }
        await LinkAsync(callId, callVersion, c => c.ConcernId = created.Value, transaction, ct);
        await transaction.CommitAsync(ct);
        return created;
    }

    /// <param name="callVersion">The call's version when the user opened the form.</param>
    public async Task<ServiceResult<int>> ToApplicationAsync(int callId, GrantInput input, Guid callVersion, CancellationToken ct = default)
    {
        var call = await CallAsync(callId, tracked: false, ct);
        if (await RefusalAsync(call, call.GrantId, "Hotline.AlreadyApplication", ct) is { } refusal) return ServiceResult<int>.Failure("", refusal);
        input = input with { HouseholdId = call.HouseholdId!.Value, CampaignId = call.CampaignId };

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var applied = await grants.ApplyAsync(input, ct);
        if (!applied.Succeeded)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return applied;
        }
        await LinkAsync(callId, callVersion, c => c.GrantId = applied.Value, transaction, ct);
        await transaction.CommitAsync(ct);
        return applied;
    }

    private async Task<string?> RefusalAsync(HotlineCall call, int? existing, string existsKey, CancellationToken ct)
    {
        if (await access.RefusalAsync(call.CampaignId, ct) is { } refusal) return refusal;
        if (call.HouseholdId is null) return messages["Hotline.HouseholdNeeded"];
        return existing is { } id ? messages[existsKey, id].Value : null;
    }

    /// <summary>
    /// Writes the link on the call, checking the version the user saw. The conversion's own save may have cleared the
    /// change tracker (the grant service does after a race), so the call is loaded again here.
    /// </summary>
    private async Task LinkAsync(int callId, Guid callVersion, Action<HotlineCall> link, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, CancellationToken ct)
    {
        var call = await CallAsync(callId, tracked: true, ct);
        db.Entry(call).Property(c => c.Version).OriginalValue = callVersion;
        link(call);
        // The follow-up now happens in the concern or the application.
        if (call.Outcome == CallOutcome.FollowUp) call.Outcome = CallOutcome.Referred;
        db.Entry(call).Property(c => c.Version).IsModified = true;
        try
        {
            await db.SaveChangesOrConflictAsync(ct);
        }
        catch (Exception ex) when (ex is ConcurrencyConflictException or DbUpdateException)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            // A unique index on the link means another conversion of the same call won the race: also a conflict.
            throw ex as ConcurrencyConflictException ?? new ConcurrencyConflictException("The call was converted by someone else at the same time.", ex);
        }
    }

    private async Task<HotlineCall> CallAsync(int callId, bool tracked, CancellationToken ct)
    {
        var calls = tracked ? db.HotlineCalls : db.HotlineCalls.AsNoTracking();
        return await calls.FirstOrDefaultAsync(c => c.Id == callId, ct) ?? throw new NotFoundException();
    }

    private DateOnly CallDate(HotlineCall call) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(call.CalledAt, clock.LocalTimeZone));
}
