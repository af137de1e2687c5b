using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Data.Scope;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Dashboard;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.Grants;

/// <summary>
/// Applications (补助申请): list, detail, apply, edit while undecided, withdraw. The rules: one grant per household,
/// campaign and kind (the refusal names the existing one); the category must be the household's; above the standard
/// needs an override reason; another unit's grant to the same household is flagged for the committee.
/// </summary>
public sealed class GrantService(
    ReliefDbContext db,
    ICurrentUser user,
    CampaignAccess access,
    IValidator<GrantInput> validator,
    IStringLocalizer<CoreMessages> messages,
    TimeProvider clock)
{
    public async Task<PagedResult<GrantListItem>> ListAsync(GrantQuery query, PageRequest page, CancellationToken ct = default)
    {
        var (grants, _) = await FilterAsync(query, ct);
        // The page's ids first, which the indexes answer alone, then those rows: sorting the full rows read every
        // grant of a province's campaign before keeping 25 (by amount: 417 ms).
        var ids = await grants.Sort(query.Sort, query.Descending).Select(g => g.Id).ToPageAsync(page, ct);
        var rows = (await db.Grants.AsNoTracking().Where(g => ids.Items.Contains(g.Id)).ToListItems().ToListAsync(ct))
            .ToDictionary(r => r.Id);
        // A grant withdrawn and deleted between the two reads is left out rather than shown half.
        var items = ids.Items.Where(rows.ContainsKey).Select(id => rows[id]).ToList();
        return await new PagedResult<GrantListItem>(items, ids.Total, ids.Page, ids.PageSize).WithHelpElsewhereAsync(db, ct);
    }

    /// <summary>
    /// Counted and summed in the database over everything the filters match, in one pass: exact decimals on the servers,
    /// whole-fen integers on SQLite (money's storage there), native either way.
    /// </summary>
    public async Task<GrantTotals> TotalsAsync(GrantQuery query, CancellationToken ct = default)
    {
        var (matching, scope) = await FilterAsync(query, ct);
        // A total never silently includes rejected or withdrawn grants: unless the list is filtered to one of them, they
        // are left out and counted apart.
        var grants = query.Status is null ? matching.Where(g => g.Status != GrantStatus.Rejected && g.Status != GrantStatus.Withdrawn) : matching;
        var excluded = query.Status is null ? await matching.CountAsync(g => g.Status == GrantStatus.Rejected || g.Status == GrantStatus.Withdrawn, ct) : 0;
        var basis = query.Status switch
        {
            GrantStatus.Disbursed => GrantAmountBasis.Paid,
            GrantStatus.Approved or GrantStatus.OnNotice or GrantStatus.Payable => GrantAmountBasis.Approved,
            _ => GrantAmountBasis.Applied,
        };
        // Grouped by the campaign, the one value they share: the index is in that order, so no sort (a constant key costs one).
        var sums = await grants.GroupBy(g => g.CampaignId)
            .Select(g => new
            {
                Count = g.Count(),
                Cash = g.Sum(x => x.CashAmount),
                InKind = g.Sum(x => x.InKindValue),
                Total = g.Sum(x => x.TotalAmount),
            })
            .FirstOrDefaultAsync(ct);
        if (sums is null) return new GrantTotals(0, 0, 0m, 0m, 0m) { Basis = basis, Excluded = excluded };
        var households = excluded > 0
            ? await grants.Select(g => g.HouseholdId).Distinct().CountAsync(ct)
            : await HouseholdsAsync(query, grants, scope, ct);
        return new GrantTotals(sums.Count, households, sums.Cash, sums.InKind, sums.Total) { Basis = basis, Excluded = excluded };
    }

    /// <summary>
    /// Households with a grant the filters match, each once. Unfiltered (a unit or the reader's whole scope) that is
    /// the campaign's Households tally of the scope (ADR 0005), which a province reads in a millisecond instead of
    /// counting 175,000 distinct households among 200,000 grants.
    /// </summary>
    private async Task<int> HouseholdsAsync(GrantQuery query, IQueryable<Grant> grants, string scope, CancellationToken ct)
    {
        var unfiltered = query is { Status: null, Kind: null, Category: null, CommitteeMeetingId: null, AwaitingMeeting: false, DuplicatesOnly: false }
            && string.IsNullOrWhiteSpace(query.Search);
        if (!unfiltered) return await grants.Select(g => g.HouseholdId).Distinct().CountAsync(ct);

        return await db.CampaignTallies.AsNoTracking()
            .Where(t => t.CampaignId == query.CampaignId && t.Scope == scope && t.Measure == TallyMeasure.Households)
            .SumAsync(t => t.Households, ct);
    }

    public async Task<GrantDetail> GetAsync(int id, CancellationToken ct = default)
    {
        var detail = await db.Grants.AsNoTracking().Where(g => g.Id == id)
            .Select(g => new GrantDetail
            {
                Id = g.Id,
                CampaignId = g.CampaignId,
                CampaignName = g.Campaign!.Name,
                CampaignClosed = g.Campaign.Status == CampaignStatus.Closed,
                HouseholdId = g.HouseholdId,
                HouseholdName = g.Household!.Name,
                OrgUnitId = g.OrgUnitId,
                UnitName = g.OrgUnit!.Name,
                Kind = g.Kind,
                Category = g.Category,
                CashAmount = g.CashAmount,
                InKindValue = g.InKindValue,
                TotalAmount = g.TotalAmount,
                StandardAmount = g.StandardAmount,
                OverrideReason = g.OverrideReason,
                Reason = g.Reason,
                Items = g.Items.OrderBy(i => i.Id)
                    .Select(i => new GrantItemInput { Name = i.Name, Unit = i.Unit, Quantity = i.Quantity, UnitValue = i.UnitValue }).ToList(),
                FundSourceId = g.FundSourceId,
                FundSourceName = g.FundSource != null ? g.FundSource.Name : null,
                Status = g.Status,
                AppliedOn = g.AppliedOn,
                AppliedBy = g.AppliedBy,
                CommitteeMeetingId = g.CommitteeMeetingId,
                RejectionReason = g.RejectionReason,
                DuplicateElsewhere = g.DuplicateElsewhere,
                Version = g.Version,
            })
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();

        // The grant is in the reader's scope; its story is too, though a committee, notice or objection above their unit
        // wrote it (a branch's grant decided by the company committee and posted on the company's notice).
        var decisions = await (
                from d in db.GrantDecisions.AsNoTracking().OutsideUnitScope()
                join m in db.CommitteeMeetings.OutsideUnitScope() on d.CommitteeMeetingId equals m.Id
                where d.GrantId == id
                orderby m.HeldOn, d.Id
                select new GrantDecisionLine(m.Id, m.Title, m.HeldOn, d.Outcome, d.ApprovedAmount, d.Reason, d.DecidedBy))
            .ToListAsync(ct);
        var notices = await (
                from i in db.NoticeItems.AsNoTracking().OutsideUnitScope()
                join n in db.PublicNotices.OutsideUnitScope() on i.PublicNoticeId equals n.Id
                where i.GrantId == id
                orderby n.PostedOn, n.Id
                select new GrantNoticeLine(n.Id, n.Title, n.PostedOn, n.EndsOn, n.Status, i.Amount))
            .ToListAsync(ct);
        var objections = await db.Objections.AsNoTracking().OutsideUnitScope().Where(o => o.GrantId == id).OrderBy(o => o.ReceivedOn).ThenBy(o => o.Id)
            .Select(o => new GrantObjectionLine(o.Id, o.PublicNoticeId, o.ReceivedOn, o.Content, o.Outcome, o.Handling))
            .ToListAsync(ct);
        var payment = await db.Disbursements.AsNoTracking().Where(p => p.GrantId == id)
            .Select(p => new GrantPaymentLine(p.PaidOn, p.Method, p.PaidBy, p.Amount, p.SignedOff))
            .FirstOrDefaultAsync(ct);
        return detail with { Decisions = decisions, Notices = notices, Objections = objections, Payment = payment };
    }

    /// <summary>The application form's context for one household in one campaign (both must be visible to the user).</summary>
    public async Task<ApplicationContext> GetApplicationContextAsync(int householdId, int campaignId, CancellationToken ct = default)
    {
        var household = await HouseholdAsync(householdId, ct);
        var campaign = await access.FindAsync(campaignId, ct);
        var file = await db.Households.AsNoTracking().Where(h => h.Id == householdId)
            .Select(h => new { UnitName = h.OrgUnit!.Name, h.Level }).FirstAsync(ct);
        var categories = household.Categories;
        var standards = await db.CampaignStandards.AsNoTracking()
            .Where(s => s.CampaignId == campaignId && categories.Contains(s.Category))
            .OrderBy(s => s.Category).ThenBy(s => s.Kind)
            .Select(s => new CampaignStandardLine(s.Category, s.Kind, s.Amount)).ToListAsync(ct);
        var scope = user.ScopePath;
        // Every unit's grants to the household in this campaign (one per kind, across units), outside the scope on purpose:
        // the applicant sees their kind, unit and status, so the cross-level check is visible before applying.
        var held = await db.Grants.AsNoTracking().OutsideUnitScope().Where(g => g.HouseholdId == householdId && g.CampaignId == campaignId)
            .OrderBy(g => g.Id)
            .Select(g => new { g.Id, g.Kind, UnitPath = g.OrgUnit!.Path, g.Status, g.TotalAmount, g.AppliedOn, InScope = g.OrgUnit.Path.StartsWith(scope) })
            .ToListAsync(ct);
        // A unit the user may not know is not named: only the unit above both to ask.
        var units = await UnitDisclosure.DiscloseAsync(db, user, held.Select(g => g.UnitPath).ToList(), ct);
        var existing = held.Select(g => new ExistingGrantLine(g.Id, g.Kind, GrantRules.UnitName(messages, units[g.UnitPath]), g.Status, g.TotalAmount, g.AppliedOn, g.InScope))
            .ToList();
        var lineage = UnitScope.AncestorPaths(household.UnitPath);
        var applyingUnits = (await db.OrgUnits.AsNoTracking().InScope(user).Where(u => lineage.Contains(u.Path) && u.IsActive)
                .Select(u => new { u.Id, u.Name, u.Path }).ToListAsync(ct))
            .OrderByDescending(u => u.Path.Length).Select(u => (u.Id, u.Name)).ToList();

        var refusal = await access.RefusalAsync(campaignId, ct);
        if (refusal is null && household.Status == HouseholdStatus.Closed) refusal = messages["Grant.FileClosed", household.Name];
        if (refusal is null && !household.UnitPath.StartsWith(campaign.OrgUnitPath, StringComparison.Ordinal))
            refusal = messages["Grant.OutsideCampaign", household.Name, campaign.Name];
        return new ApplicationContext
        {
            HouseholdId = household.Id,
            HouseholdName = household.Name,
            OrgUnitId = household.OrgUnitId,
            UnitName = file.UnitName,
            Level = file.Level,
            Categories = categories.Order().ToList(),
            CampaignId = campaign.Id,
            CampaignName = campaign.Name,
            CampaignStatus = campaign.Status,
            Standards = standards,
            Existing = existing,
            HelpedElsewhere = await GrantRules.DuplicateElsewhereAsync(db, user, messages, household.Id, campaignId, household.OrgUnitId, null, ct),
            ApplyingUnits = applyingUnits,
            Refusal = refusal,
        };
    }

    public async Task<GrantInput> GetForEditAsync(int id, CancellationToken ct = default)
    {
        var grant = await db.Grants.AsNoTracking().Include(g => g.Items)
            .FirstOrDefaultAsync(g => g.Id == id, ct) ?? throw new NotFoundException();
        return new GrantInput
        {
            CampaignId = grant.CampaignId,
            HouseholdId = grant.HouseholdId,
            OrgUnitId = grant.OrgUnitId,
            Kind = grant.Kind,
            Category = grant.Category,
            CashAmount = grant.CashAmount,
            Items = grant.Items.OrderBy(i => i.Id)
                .Select(i => new GrantItemInput { Name = i.Name, Unit = i.Unit, Quantity = i.Quantity, UnitValue = i.UnitValue }).ToList(),
            Reason = grant.Reason,
            OverrideReason = grant.OverrideReason,
            Version = grant.Version,
        };
    }

    public async Task<ServiceResult<int>> ApplyAsync(GrantInput input, CancellationToken ct = default)
    {
        var household = await HouseholdAsync(input.HouseholdId, ct);
        if (await access.RefusalAsync(input.CampaignId, ct) is { } refusal) return ServiceResult<int>.Failure("", refusal);
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return ServiceResult<int>.Failure(validation);
        var check = await CheckAsync(input, household, null, ct);
        if (check.Refusal is not null) return ServiceResult<int>.Failure(check.Property!, check.Refusal);

        var grant = new Grant
        {
            CampaignId = input.CampaignId,
            HouseholdId = household.Id,
            Reason = input.Reason.Trim(),
            Status = GrantLifecycle.FirstStatus,
            AppliedOn = DateOnly.FromDateTime(clock.GetLocalNow().DateTime),
            AppliedBy = user.UserName,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        Copy(grant, input, check);
        db.Grants.Add(grant);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone applied for the same household and kind between our check and our insert: the unique index caught it.
            db.ChangeTracker.Clear();
            var raced = await GrantRules.ExistingGrantRefusalAsync(db, user, messages, household.Id, input.CampaignId, input.Kind, null, ct);
            if (raced is null) throw;
            return ServiceResult<int>.Failure(nameof(input.Kind), raced);
        }
        return ServiceResult<int>.Success(grant.Id);
    }

    /// <summary>Edits an application while it is still undecided (Applied). The household and campaign stay.</summary>
    public async Task<ServiceResult<int>> UpdateApplicationAsync(int id, GrantInput input, CancellationToken ct = default)
    {
        var grant = await db.Grants.Include(g => g.Items).FirstOrDefaultAsync(g => g.Id == id, ct) ?? throw new NotFoundException();
        input = input with { CampaignId = grant.CampaignId, HouseholdId = grant.HouseholdId };
        if (await access.RefusalAsync(grant.CampaignId, ct) is { } refusal) return ServiceResult<int>.Failure("", refusal);
        if (grant.Status != GrantStatus.Applied)
            return ServiceResult<int>.Failure("", messages["Grant.NotEditable", messages.Label(grant.Status)]);
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return ServiceResult<int>.Failure(validation);
        var household = await HouseholdAsync(grant.HouseholdId, ct);
        var check = await CheckAsync(input, household, grant.Id, ct);
        if (check.Refusal is not null) return ServiceResult<int>.Failure(check.Property!, check.Refusal);

        db.Entry(grant).Property(g => g.Version).OriginalValue = input.Version;
        grant.Reason = input.Reason.Trim();
        grant.Items.Clear();
        Copy(grant, input, check);
        db.Entry(grant).Property(g => g.Reason).IsModified = true;
        await db.SaveChangesOrConflictAsync(ct);
        return ServiceResult<int>.Success(grant.Id);
    }

    /// <summary>Withdraws an undecided or approved grant (申请人撤回); an approved one gives its committed money back to the source.</summary>
    public async Task<ServiceResult<int>> WithdrawAsync(int id, string reason, Guid version, CancellationToken ct = default)
    {
        var campaignId = await db.Grants.AsNoTracking().Where(g => g.Id == id).Select(g => (int?)g.CampaignId)
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        if (await access.RefusalAsync(campaignId, ct) is { } refusal) return ServiceResult<int>.Failure("", refusal);
        if (string.IsNullOrWhiteSpace(reason)) return ServiceResult<int>.Failure(nameof(reason), messages["Grant.WithdrawReasonRequired"]);
        if (reason.Trim().Length > FieldLengths.ShortText) return ServiceResult<int>.Failure(nameof(reason), messages["Text.TooLong", FieldLengths.ShortText]);

        var refused = await FundRetry.SaveAsync(db, async attemptCt =>
        {
            var grant = await db.Grants.FirstAsync(g => g.Id == id, attemptCt);
            if (!GrantLifecycle.CanMove(grant.Status, GrantStatus.Withdrawn))
                return messages["Grant.CannotWithdraw", messages.Label(grant.Status)];
            if (grant.Version != version) return messages["Record.Changed"];
            if (grant.Status == GrantStatus.Approved && grant.FundSourceId is { } fundId)
            {
                var fund = await db.FundSources.FirstAsync(f => f.Id == fundId, attemptCt);
                fund.Committed -= grant.TotalAmount;
            }
            GrantLifecycle.MoveTo(grant, GrantStatus.Withdrawn);
            grant.RejectionReason = reason.Trim();
            return null;
        }, messages["Fund.Busy"], ct);
        return refused is null ? ServiceResult<int>.Success(id) : ServiceResult<int>.Failure("", refused);
    }

    /// <summary>The grants the filters match, and the scope they are in: the chosen unit's path or the reader's own.</summary>
    private async Task<(IQueryable<Grant> Grants, string Scope)> FilterAsync(GrantQuery query, CancellationToken ct)
    {
        await access.FindAsync(query.CampaignId, ct);
        string? unitPath = null;
        if (query.OrgUnitId is { } unitId)
        {
            unitPath = await db.OrgUnits.AsNoTracking().InScope(user).Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct)
                ?? throw new NotFoundException();
        }
        return (db.Grants.AsNoTracking().Filter(db, query, unitPath), unitPath ?? user.ScopePath);
    }

    private async Task<ApplicantHousehold> HouseholdAsync(int householdId, CancellationToken ct) =>
        await db.Households.AsNoTracking().Where(h => h.Id == householdId)
            .Select(h => new ApplicantHousehold(h.Id, h.Name, h.OrgUnitId, h.OrgUnit!.Path, h.Status, h.Categories.Select(c => c.Category).ToList()))
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();

    private async Task<ApplicationCheck> CheckAsync(GrantInput input, ApplicantHousehold household, int? grantId, CancellationToken ct)
    {
        var campaign = await access.FindAsync(input.CampaignId, ct);
        if (household.Status == HouseholdStatus.Closed)
            return ApplicationCheck.Refuse(nameof(input.HouseholdId), messages["Grant.FileClosed", household.Name]);
        if (!household.UnitPath.StartsWith(campaign.OrgUnitPath, StringComparison.Ordinal))
            return ApplicationCheck.Refuse(nameof(input.HouseholdId), messages["Grant.OutsideCampaign", household.Name, campaign.Name]);
        if (!household.Categories.Contains(input.Category))
            return ApplicationCheck.Refuse(nameof(input.Category), messages["Grant.CategoryNotOnFile", messages.Label(input.Category), household.Name]);

        var applyingUnitId = input.OrgUnitId ?? household.OrgUnitId;
        if (applyingUnitId != household.OrgUnitId)
        {
            // A unit above the household (in the user's scope) may apply directly; a sibling unit may not.
            var applyingPath = await db.OrgUnits.AsNoTracking().InScope(user).Where(u => u.Id == applyingUnitId).Select(u => u.Path).FirstOrDefaultAsync(ct);
            if (applyingPath is null || !household.UnitPath.StartsWith(applyingPath, StringComparison.Ordinal))
                return ApplicationCheck.Refuse(nameof(input.OrgUnitId), messages["Grant.ApplyingUnitInvalid"]);
        }

        if (await GrantRules.ExistingGrantRefusalAsync(db, user, messages, household.Id, input.CampaignId, input.Kind, grantId, ct) is { } existing)
            return ApplicationCheck.Refuse(nameof(input.Kind), existing);

        var standard = await GrantRules.StandardAsync(db, input.CampaignId, input.Category, input.Kind, ct);
        if (standard is { } limit && input.TotalAmount > limit && string.IsNullOrWhiteSpace(input.OverrideReason))
            return ApplicationCheck.Refuse(nameof(input.OverrideReason), messages["Grant.OverrideReasonRequired", Formats.Amount(limit)]);

        var duplicate = await GrantRules.DuplicateElsewhereAsync(db, user, messages, household.Id, input.CampaignId, applyingUnitId, grantId, ct);
        return new ApplicationCheck(null, null, applyingUnitId, standard, duplicate);
    }

    private static void Copy(Grant grant, GrantInput input, ApplicationCheck check)
    {
        grant.OrgUnitId = check.ApplyingUnitId;
        grant.Kind = input.Kind;
        grant.Category = input.Category;
        grant.CashAmount = input.CashAmount;
        foreach (var item in input.Items)
            grant.Items.Add(new GrantItem { Name = item.Name.Trim(), Unit = item.Unit.Trim(), Quantity = item.Quantity, UnitValue = item.UnitValue });
        grant.InKindValue = input.InKindValue;
        grant.TotalAmount = input.TotalAmount;
        grant.StandardAmount = check.Standard;
        grant.OverrideReason = string.IsNullOrWhiteSpace(input.OverrideReason) ? null : input.OverrideReason.Trim();
        grant.DuplicateElsewhere = check.DuplicateElsewhere;
    }
}
