using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.BankPayments;
using Relief.Core.Features.Dashboard;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.Campaigns;

/// <summary>
/// Campaigns (活动): create and edit the heading, standards and quotas, and move the status Planning → Active → Closed.
/// A closed campaign refuses every change here and in every workflow service.
/// </summary>
public sealed class CampaignService(
    ReliefDbContext db,
    ICurrentUser user,
    CampaignAccess access,
    FundSourceService funds,
    IValidator<CampaignInput> validator,
    IStringLocalizer<CoreMessages> messages,
    TimeProvider clock)
{
    /// <summary>Newest first, with the applications of the user's scope counted and the funds summed in the database.</summary>
    public async Task<IReadOnlyList<CampaignListItem>> ListAsync(CancellationToken ct = default)
    {
        var campaigns = await db.Campaigns.AsNoTracking()
            .OrderByDescending(c => c.StartsOn).ThenByDescending(c => c.Id)
            .Select(c => new CampaignListItem(c.Id, c.Name, c.Year, c.Season, c.Status, c.OrgUnit!.Name, c.StartsOn, c.EndsOn,
                0, 0, 0m,
                db.FundSources.Where(f => f.CampaignId == c.Id).Sum(f => f.Amount),
                db.FundSources.Where(f => f.CampaignId == c.Id).Sum(f => f.Committed),
                db.FundSources.Where(f => f.CampaignId == c.Id).Sum(f => f.Spent)))
            .ToListAsync(ct);

        // The grant counts from the tallies the dashboard keeps at the reader's scope (docs/decisions/0005): a few rows
        // per campaign instead of counting every grant of every campaign (4-6 s for five campaigns of 200,000 grants).
        var scope = user.ScopePath;
        var ids = campaigns.Select(c => c.Id).ToList();
        var byStatus = await db.CampaignTallies.AsNoTracking()
            .Where(t => ids.Contains(t.CampaignId) && t.Scope == scope && t.Measure == TallyMeasure.Grants)
            .GroupBy(t => new { t.CampaignId, t.Status })
            .Select(g => new { g.Key.CampaignId, g.Key.Status, Grants = g.Sum(x => x.Grants), Amount = g.Sum(x => x.Amount) })
            .ToListAsync(ct);
        var approved = GrantStatuses.Approved;
        return campaigns.Select(c =>
        {
            var lines = byStatus.Where(s => s.CampaignId == c.Id).ToList();
            var decided = lines.Where(s => approved.Contains(s.Status)).ToList();
            return c with { Applications = lines.Sum(s => s.Grants), Approved = decided.Sum(s => s.Grants), ApprovedAmount = decided.Sum(s => s.Amount) };
        }).ToList();
    }

    public async Task<CampaignDetail> GetAsync(int id, CancellationToken ct = default)
    {
        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new
            {
                c.Id, c.Name, c.Year, c.Season, c.Theme, c.DirectiveReference, c.StartsOn, c.EndsOn, c.OrgUnitId,
                UnitName = c.OrgUnit!.Name, c.Status, c.Version,
            })
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        var standards = await db.CampaignStandards.AsNoTracking().Where(s => s.CampaignId == id)
            .OrderBy(s => s.Category).ThenBy(s => s.Kind)
            .Select(s => new CampaignStandardLine(s.Category, s.Kind, s.Amount)).ToListAsync(ct);
        var mayChange = access.MayChange && campaign.Status != CampaignStatus.Closed
            && await OrganizedInScopeAsync(id, ct);
        return new CampaignDetail
        {
            Id = campaign.Id,
            Name = campaign.Name,
            Year = campaign.Year,
            Season = campaign.Season,
            Theme = campaign.Theme,
            DirectiveReference = campaign.DirectiveReference,
            StartsOn = campaign.StartsOn,
            EndsOn = campaign.EndsOn,
            OrgUnitId = campaign.OrgUnitId,
            UnitName = campaign.UnitName,
            Status = campaign.Status,
            Standards = standards,
            Quotas = await QuotasAsync(id, ct),
            Funds = await funds.ListAsync(id, ct),
            NextStatuses = access.MayChangeStatus
                ? Enum.GetValues<CampaignStatus>().Where(s => CampaignLifecycle.CanMove(campaign.Status, s)).ToList()
                : [],
            CanChange = mayChange,
            Version = campaign.Version,
        };
    }

    public async Task<CampaignInput> GetForEditAsync(int id, CancellationToken ct = default)
    {
        var campaign = await OrganizedCampaigns().AsNoTracking().Include(c => c.Standards).Include(c => c.Quotas).AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException();
        return new CampaignInput
        {
            Name = campaign.Name,
            Year = campaign.Year,
            Season = campaign.Season,
            Theme = campaign.Theme,
            DirectiveReference = campaign.DirectiveReference,
            StartsOn = campaign.StartsOn,
            EndsOn = campaign.EndsOn,
            OrgUnitId = campaign.OrgUnitId,
            Standards = campaign.Standards.OrderBy(s => s.Category).ThenBy(s => s.Kind)
                .Select(s => new CampaignStandardInput { Category = s.Category, Kind = s.Kind, Amount = s.Amount }).ToList(),
            Quotas = campaign.Quotas.OrderBy(q => q.OrgUnitId)
                .Select(q => new CampaignQuotaInput { OrgUnitId = q.OrgUnitId, Households = q.Households, Amount = q.Amount }).ToList(),
            Version = campaign.Version,
        };
    }

    /// <summary>A new campaign starts in Planning.</summary>
    public async Task<ServiceResult<int>> CreateAsync(CampaignInput input, CancellationToken ct = default)
    {
        if (!access.MayChange) return ServiceResult<int>.Failure("", access.ReadOnlyMessage);
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return ServiceResult<int>.Failure(validation);
        var unitPath = await UnitPathInScopeAsync(input.OrgUnitId, ct);
        if (unitPath is null) return ServiceResult<int>.Failure(nameof(input.OrgUnitId), messages["Campaign.UnitRequired"]);
        if (await QuotaRefusalAsync(input, unitPath, ct) is { } quotaRefusal) return ServiceResult<int>.Failure(nameof(input.Quotas), quotaRefusal);

        var campaign = new Campaign { Name = input.Name.Trim(), Status = CampaignStatus.Planning, CreatedAt = clock.GetUtcNow().UtcDateTime };
        CopyHeading(campaign, input);
        SyncStandards(campaign, input.Standards);
        SyncQuotas(campaign, input.Quotas);
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync(ct);
        return ServiceResult<int>.Success(campaign.Id);
    }

    public async Task<ServiceResult<int>> UpdateAsync(int id, CampaignInput input, CancellationToken ct = default)
    {
        var campaign = await OrganizedCampaigns().Include(c => c.Standards).Include(c => c.Quotas).AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException();
        if (await access.RefusalAsync(id, ct) is { } refusal) return ServiceResult<int>.Failure("", refusal);
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return ServiceResult<int>.Failure(validation);
        var unitPath = await UnitPathInScopeAsync(input.OrgUnitId, ct);
        if (unitPath is null) return ServiceResult<int>.Failure(nameof(input.OrgUnitId), messages["Campaign.UnitRequired"]);
        if (await QuotaRefusalAsync(input, unitPath, ct) is { } quotaRefusal) return ServiceResult<int>.Failure(nameof(input.Quotas), quotaRefusal);

        db.Entry(campaign).Property(c => c.Version).OriginalValue = input.Version;
        campaign.Name = input.Name.Trim();
        CopyHeading(campaign, input);
        SyncStandards(campaign, input.Standards);
        SyncQuotas(campaign, input.Quotas);
        // The campaign row is written on every save, so the version check runs even when only a standard changed.
        db.Entry(campaign).Property(c => c.Name).IsModified = true;
        await db.SaveChangesOrConflictAsync(ct);
        return ServiceResult<int>.Success(campaign.Id);
    }

    /// <summary>Planning → Active → Closed, by a chair or administrator. Closing makes the campaign read-only for good.</summary>
    public async Task<ServiceResult<int>> ChangeStatusAsync(int id, CampaignStatus to, Guid version, CancellationToken ct = default)
    {
        var campaign = await OrganizedCampaigns().FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException();
        if (!access.MayChangeStatus) return ServiceResult<int>.Failure("", messages["Campaign.StatusChairOnly"]);
        if (!CampaignLifecycle.CanMove(campaign.Status, to))
        {
            return ServiceResult<int>.Failure("", campaign.Status == CampaignStatus.Closed
                ? messages["Campaign.IsClosed", campaign.Name]
                : messages["Campaign.StatusNotAllowed", messages.Label(campaign.Status), messages.Label(to)]);
        }
        // Money in flight keeps the campaign open: a batch sent to the bank is settled by its result file, which a
        // closed campaign refuses; one not sent yet holds its grants from being paid any other way.
        if (to == CampaignStatus.Closed)
        {
            var unsettled = await db.PaymentBatches.AsNoTracking().Where(b => b.CampaignId == id && b.Status != PaymentBatchStatus.Settled)
                .OrderBy(b => b.Id).Select(b => b.Id).ToListAsync(ct);
            if (unsettled.Count > 0)
                return ServiceResult<int>.Failure("", messages["Campaign.UnsettledBatches", unsettled.Count, string.Join(", ", unsettled.Select(b => FormattableString.Invariant($"#{b}")))]);
        }
        db.Entry(campaign).Property(c => c.Version).OriginalValue = version;
        campaign.Status = to;
        await db.SaveChangesOrConflictAsync(ct);
        return ServiceResult<int>.Success(campaign.Id);
    }

    private IQueryable<Campaign> OrganizedCampaigns()
    {
        var scope = user.ScopePath;
        return db.Campaigns.Where(c => c.OrgUnit!.Path.StartsWith(scope));
    }

    private Task<bool> OrganizedInScopeAsync(int id, CancellationToken ct) => OrganizedCampaigns().AnyAsync(c => c.Id == id, ct);

    private Task<string?> UnitPathInScopeAsync(int unitId, CancellationToken ct) =>
        db.OrgUnits.AsNoTracking().InScope(user).Where(u => u.Id == unitId && u.IsActive).Select(u => u.Path).FirstOrDefaultAsync(ct);

    /// <summary>Quotas go to units below the organizing unit.</summary>
    private async Task<string?> QuotaRefusalAsync(CampaignInput input, string organizerPath, CancellationToken ct)
    {
        if (input.Quotas.Count == 0) return null;
        var unitIds = input.Quotas.Select(q => q.OrgUnitId).ToList();
        var below = await db.OrgUnits.AsNoTracking()
            .CountAsync(u => unitIds.Contains(u.Id) && u.Id != input.OrgUnitId && u.Path.StartsWith(organizerPath), ct);
        return below == unitIds.Count ? null : messages["Campaign.QuotaOutsideTree"].Value;
    }

    private async Task<IReadOnlyList<CampaignQuotaLine>> QuotasAsync(int campaignId, CancellationToken ct)
    {
        var approved = GrantStatuses.Approved;
        var quotas = await db.CampaignQuotas.AsNoTracking().Where(q => q.CampaignId == campaignId)
            .OrderBy(q => q.OrgUnit!.SortOrder).ThenBy(q => q.OrgUnitId)
            .Select(q => new CampaignQuotaLine(
                q.OrgUnitId,
                q.OrgUnit!.Name,
                q.Households,
                q.Amount,
                db.Grants.Where(g => g.CampaignId == campaignId && approved.Contains(g.Status) && g.OrgUnit!.Path.StartsWith(q.OrgUnit.Path))
                    .Select(g => g.HouseholdId).Distinct().Count(),
                db.Grants.Where(g => g.CampaignId == campaignId && approved.Contains(g.Status) && g.OrgUnit!.Path.StartsWith(q.OrgUnit.Path))
                    .Sum(g => g.TotalAmount)))
            .ToListAsync(ct);
        return quotas;
    }

    private static void CopyHeading(Campaign campaign, CampaignInput input)
    {
        campaign.Year = input.Year;
        campaign.Season = input.Season;
        campaign.Theme = string.IsNullOrWhiteSpace(input.Theme) ? null : input.Theme.Trim();
        campaign.DirectiveReference = string.IsNullOrWhiteSpace(input.DirectiveReference) ? null : input.DirectiveReference.Trim();
        campaign.StartsOn = input.StartsOn;
        campaign.EndsOn = input.EndsOn;
        campaign.OrgUnitId = input.OrgUnitId;
    }

    // Matched by key and updated in place: a delete and re-insert of the same (category, kind) could trip the unique index.
    private static void SyncStandards(Campaign campaign, List<CampaignStandardInput> standards)
    {
        campaign.Standards.RemoveAll(s => !standards.Any(i => i.Category == s.Category && i.Kind == s.Kind));
        foreach (var input in standards)
        {
            var existing = campaign.Standards.FirstOrDefault(s => s.Category == input.Category && s.Kind == input.Kind);
            if (existing is null) campaign.Standards.Add(new CampaignStandard { Category = input.Category, Kind = input.Kind, Amount = input.Amount });
            else existing.Amount = input.Amount;
        }
    }

    private static void SyncQuotas(Campaign campaign, List<CampaignQuotaInput> quotas)
    {
        campaign.Quotas.RemoveAll(q => !quotas.Any(i => i.OrgUnitId == q.OrgUnitId));
        foreach (var input in quotas)
        {
            var existing = campaign.Quotas.FirstOrDefault(q => q.OrgUnitId == input.OrgUnitId);
            if (existing is null)
            {
                campaign.Quotas.Add(new CampaignQuota { OrgUnitId = input.OrgUnitId, Households = input.Households, Amount = input.Amount });
            }
            else
            {
                existing.Households = input.Households;
                existing.Amount = input.Amount;
            }
        }
    }
}
