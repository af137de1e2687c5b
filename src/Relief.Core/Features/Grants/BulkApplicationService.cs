using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Data.Scope;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Households;
using Relief.Core.Features.Visits;

namespace Relief.Core.Features.Grants;

/// <summary>
/// 按标准批量生成: applications for a chosen set of households at the campaign's standard amounts, as applications to
/// review (status Applied). The same rules as a single application; households that break one are listed, not applied.
/// </summary>
public sealed class BulkApplicationService(
    ReliefDbContext db,
    ICurrentUser user,
    CampaignAccess access,
    IValidator<BulkApplicationInput> validator,
    IStringLocalizer<CoreMessages> messages,
    TimeProvider clock)
{
    /// <summary>What <see cref="ApplyAsync"/> would do, saving nothing.</summary>
    public async Task<ServiceResult<BulkApplicationResult>> PreviewAsync(BulkApplicationInput input, CancellationToken ct = default)
    {
        await access.FindAsync(input.CampaignId, ct);
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return ServiceResult<BulkApplicationResult>.Failure(validation);
        var (result, _) = await PlanAsync(input, ct);
        return ServiceResult<BulkApplicationResult>.Success(result);
    }

    public async Task<ServiceResult<BulkApplicationResult>> ApplyAsync(BulkApplicationInput input, CancellationToken ct = default)
    {
        if (await access.RefusalAsync(input.CampaignId, ct) is { } refusal) return ServiceResult<BulkApplicationResult>.Failure("", refusal);
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return ServiceResult<BulkApplicationResult>.Failure(validation);
        var (result, grants) = await PlanAsync(input, ct);
        if (grants.Count == 0) return ServiceResult<BulkApplicationResult>.Failure("", messages["Bulk.NothingToApply"]);
        db.Grants.AddRange(grants);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone applied for one of these households meanwhile: nothing is saved, the preview will show it.
            db.ChangeTracker.Clear();
            return ServiceResult<BulkApplicationResult>.Failure("", messages["Bulk.ChangedMeanwhile"]);
        }
        return ServiceResult<BulkApplicationResult>.Success(result);
    }

    private async Task<(BulkApplicationResult Result, List<Grant> Grants)> PlanAsync(BulkApplicationInput input, CancellationToken ct)
    {
        var campaign = await access.FindAsync(input.CampaignId, ct);
        var households = db.Households.AsNoTracking().InUnitTree(campaign.OrgUnitPath).InHardship();
        if (input.OrgUnitId is { } unitId)
        {
            var unitPath = await db.OrgUnits.AsNoTracking().InScope(user).Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct)
                ?? throw new NotFoundException();
            households = households.InUnitTree(unitPath);
        }
        if (input.Level is { } level) households = households.Where(h => h.Level == level);
        if (input.Category is { } category) households = households.Where(h => h.Categories.Any(c => c.Category == category));
        if (input.HouseholdIds.Count > 0)
        {
            var ids = input.HouseholdIds;
            households = households.Where(h => ids.Contains(h.Id));
        }
        var chosen = await households.OrderBy(h => h.OrgUnit!.SortOrder).ThenBy(h => h.Name).ThenBy(h => h.Id)
            .Select(h => new { h.Id, h.Name, h.OrgUnitId, UnitName = h.OrgUnit!.Name, Categories = h.Categories.Select(c => c.Category).ToList() })
            .ToListAsync(ct);

        var chosenIds = chosen.Select(h => h.Id).ToList();
        var standards = await db.CampaignStandards.AsNoTracking().Where(s => s.CampaignId == campaign.Id && s.Kind == input.Kind)
            .ToDictionaryAsync(s => s.Category, s => s.Amount, ct);
        var live = GrantStatuses.Live;
        // Every grant of the campaign to these households, whichever unit holds it: for the one-per-kind rule and the duplicate flag.
        // Every unit's grants to these households (one per kind across units, and the cross-level check): outside the scope on purpose.
        var held = await db.Grants.AsNoTracking().OutsideUnitScope().Where(g => g.CampaignId == campaign.Id && chosenIds.Contains(g.HouseholdId))
            .Select(g => new { g.Id, g.HouseholdId, g.OrgUnitId, UnitPath = g.OrgUnit!.Path, g.Kind, g.Status, g.TotalAmount, g.AppliedOn })
            .ToListAsync(ct);
        var units = await UnitDisclosure.DiscloseAsync(db, user, held.Select(g => g.UnitPath).ToList(), ct);

        var itemsValue = input.Items.Sum(i => i.Value);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var now = clock.GetUtcNow().UtcDateTime;
        var lines = new List<BulkApplicationLine>();
        var skipped = new List<BulkApplicationSkip>();
        var grants = new List<Grant>();
        foreach (var household in chosen)
        {
            if (held.FirstOrDefault(g => g.HouseholdId == household.Id && g.Kind == input.Kind) is { } existing)
            {
                skipped.Add(new(household.Id, household.Name, messages["Grant.AlreadyExists", messages.Label(input.Kind), existing.Id, GrantRules.UnitName(messages, units[existing.UnitPath]),
                    Formats.Date(existing.AppliedOn), messages.Label(existing.Status),
                    Formats.Amount(existing.TotalAmount)]));
                continue;
            }
            var candidates = household.Categories.Where(c => standards.ContainsKey(c) && (input.Category is null || c == input.Category)).ToList();
            if (candidates.Count == 0)
            {
                skipped.Add(new(household.Id, household.Name, messages["Bulk.NoStandard", messages.Label(input.Kind)]));
                continue;
            }
            var grantCategory = candidates.OrderByDescending(c => standards[c]).ThenBy(c => c).First();
            var standard = standards[grantCategory];
            var amount = input.Items.Count > 0 ? itemsValue : standard;
            if (amount > standard)
            {
                skipped.Add(new(household.Id, household.Name, messages["Bulk.AboveStandard", Formats.Amount(standard)]));
                continue;
            }
            var others = held.Where(g => g.HouseholdId == household.Id && g.OrgUnitId != household.OrgUnitId && live.Contains(g.Status))
                .Select(g => new OtherUnitGrant(g.UnitPath, g.Kind, g.TotalAmount, g.Status))
                .ToList();
            var duplicate = others.Count == 0 ? null : GrantRules.Describe(messages, others, units);

            var grant = new Grant
            {
                CampaignId = campaign.Id,
                HouseholdId = household.Id,
                OrgUnitId = household.OrgUnitId,
                Kind = input.Kind,
                Category = grantCategory,
                CashAmount = input.Items.Count > 0 ? 0m : standard,
                InKindValue = input.Items.Count > 0 ? itemsValue : 0m,
                TotalAmount = amount,
                StandardAmount = standard,
                Reason = input.Reason.Trim(),
                Status = GrantLifecycle.FirstStatus,
                AppliedOn = today,
                AppliedBy = user.UserName,
                DuplicateElsewhere = duplicate,
                CreatedAt = now,
            };
            foreach (var item in input.Items)
                grant.Items.Add(new GrantItem { Name = item.Name.Trim(), Unit = item.Unit.Trim(), Quantity = item.Quantity, UnitValue = item.UnitValue });
            grants.Add(grant);
            lines.Add(new(household.Id, household.Name, household.UnitName, grantCategory, amount, duplicate));
        }
        return (new BulkApplicationResult(lines, skipped), grants);
    }
}
