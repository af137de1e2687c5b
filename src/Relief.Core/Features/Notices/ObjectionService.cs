using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;
using Relief.Core.Features.Visits;

namespace Relief.Core.Features.Notices;

/// <summary>
/// 异议: recorded while a notice's period runs, then handled by a chair. Upheld against a grant: the grant is rejected,
/// or its amount changed and it goes back to Applied for a new decision and a new notice; either way its committed
/// money returns to the source. Dismissed: the grant stands. A notice with an objection open cannot close.
/// </summary>
public sealed class ObjectionService(
    ReliefDbContext db,
    ICurrentUser user,
    CampaignAccess access,
    IValidator<ObjectionInput> validator,
    IValidator<ObjectionHandlingInput> handlingValidator,
    IStringLocalizer<CoreMessages> messages,
    TimeProvider clock)
{
    public async Task<ServiceResult<int>> RecordAsync(int noticeId, ObjectionInput input, CancellationToken ct = default)
    {
        var notice = await db.PublicNotices.AsNoTracking().FirstOrDefaultAsync(n => n.Id == noticeId, ct) ?? throw new NotFoundException();
        if (await access.RefusalAsync(notice.CampaignId, ct) is { } refusal) return ServiceResult<int>.Failure("", refusal);
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return ServiceResult<int>.Failure(validation);
        if (notice.Status != NoticeStatus.Posted) return ServiceResult<int>.Failure("", messages["Objection.NoticeNotPosted"]);
        if (input.ReceivedOn < notice.PostedOn || input.ReceivedOn > notice.EndsOn)
        {
            return ServiceResult<int>.Failure(nameof(input.ReceivedOn),
                messages["Objection.OutsidePeriod", Formats.Date(notice.PostedOn), Formats.Date(notice.EndsOn)]);
        }
        if (input.GrantId is { } grantId && !await db.NoticeItems.AnyAsync(i => i.PublicNoticeId == noticeId && i.GrantId == grantId, ct))
            return ServiceResult<int>.Failure(nameof(input.GrantId), messages["Objection.GrantNotListed"]);

        var objection = new Objection
        {
            PublicNoticeId = noticeId,
            GrantId = input.GrantId,
            ReceivedOn = input.ReceivedOn,
            RaisedBy = string.IsNullOrWhiteSpace(input.RaisedBy) ? null : input.RaisedBy.Trim(),
            Content = input.Content.Trim(),
            Outcome = ObjectionOutcome.Open,
        };
        db.Objections.Add(objection);
        await db.SaveChangesAsync(ct);
        return ServiceResult<int>.Success(objection.Id);
    }

    public async Task<ServiceResult<int>> HandleAsync(int objectionId, ObjectionHandlingInput input, CancellationToken ct = default)
    {
        var notices = db.PublicNotices;
        var found = await db.Objections.AsNoTracking().Where(o => o.Id == objectionId && notices.Any(n => n.Id == o.PublicNoticeId))
            .Select(o => new { o.Id, CampaignId = notices.Where(n => n.Id == o.PublicNoticeId).Select(n => n.CampaignId).First() })
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        if (await access.RefusalAsync(found.CampaignId, ct) is { } refusal) return ServiceResult<int>.Failure("", refusal);
        if (!access.MayDecide) return ServiceResult<int>.Failure("", messages["Objection.ChairOnly"]);
        var validation = await handlingValidator.ValidateAsync(input, ct);
        if (!validation.IsValid) return ServiceResult<int>.Failure(validation);

        var refused = await FundRetry.SaveAsync(db, attemptCt => TryHandleAsync(objectionId, input, attemptCt), messages["Fund.Busy"], ct);
        return refused is null ? ServiceResult<int>.Success(objectionId) : ServiceResult<int>.Failure("", refused);
    }

    private async Task<string?> TryHandleAsync(int objectionId, ObjectionHandlingInput input, CancellationToken ct)
    {
        var objection = await db.Objections.FirstAsync(o => o.Id == objectionId, ct);
        if (objection.Outcome != ObjectionOutcome.Open) return messages["Objection.AlreadyHandled", messages.Label(objection.Outcome)];
        if (objection.Version != input.Version) return messages["Record.Changed"];
        objection.Outcome = input.Outcome;
        objection.Handling = input.Handling.Trim();
        objection.HandledOn = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        objection.HandledBy = user.UserName;
        if (input.Outcome != ObjectionOutcome.Upheld || objection.GrantId is not { } grantId) return null;

        var grant = await db.Grants.FirstAsync(g => g.Id == grantId, ct);
        if (grant.Status != GrantStatus.OnNotice) return messages["Objection.GrantNotOnNotice", messages.Label(grant.Status)];
        if (grant.FundSourceId is { } fundId)
        {
            var fund = await db.FundSources.FirstAsync(f => f.Id == fundId, ct);
            fund.Committed -= grant.TotalAmount;
        }
        grant.FundSourceId = null;
        if (input.UpheldAction == UpheldAction.RejectGrant)
        {
            GrantLifecycle.MoveTo(grant, GrantStatus.Rejected);
            grant.RejectionReason = objection.Handling;
            return null;
        }
        var amount = input.NewAmount!.Value;
        if (amount < grant.InKindValue) return messages["Decision.BelowInKind", Formats.Amount(grant.InKindValue)];
        grant.CashAmount = amount - grant.InKindValue;
        grant.TotalAmount = amount;
        // Back to the start: a new meeting decides it and a new notice shows it.
        GrantLifecycle.MoveTo(grant, GrantStatus.Applied);
        grant.CommitteeMeetingId = null;
        if (grant.StandardAmount is { } standard && amount > standard && grant.OverrideReason is null)
            grant.OverrideReason = objection.Handling.Length <= FieldLengths.ShortText ? objection.Handling : objection.Handling[..FieldLengths.ShortText];
        return null;
    }
}
