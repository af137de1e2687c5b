using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Households;
using Relief.Core.Features.Visits;

namespace Relief.Core.Features.Pairing;

/// <summary>
/// 结对帮扶: helpers paired with households for a campaign or a year, the help each gave, and the totals. Scope is the
/// unit that records the pairing (its households are of that unit's tree); a pairing outside it is <see cref="NotFoundException"/>.
/// </summary>
public sealed class PairingService(
    ReliefDbContext db,
    ICurrentUser user,
    IValidator<PairingInput> validator,
    IValidator<HelpRecordInput> helpValidator,
    IStringLocalizer<CoreMessages> messages,
    TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<PagedResult<PairingListItem>> ListAsync(PairingQuery query, PageRequest page, CancellationToken ct = default)
    {
        var result = await (await FilterAsync(query, ct))
            .OrderByDescending(p => p.Year).ThenBy(p => p.OrgUnit!.Path).ThenBy(p => p.HelperName).ThenBy(p => p.Id)
            .Select(p => new
            {
                p.Id, p.HelperName, p.HelperTitle, p.HelperWorkplace, IsUser = p.HelperUserId != null, UnitName = p.OrgUnit!.Name,
                CampaignName = db.Campaigns.Where(c => c.Id == p.CampaignId).Select(c => c.Name).FirstOrDefault(),
                p.Year,
                Names = p.Households.OrderBy(h => h.Household!.Name).Select(h => h.Household!.Name).Take(4).ToList(),
                HouseholdCount = p.Households.Count,
            })
            .ToPageAsync(page, ct);
        // What each helper of the page gave, in one grouped query (a page holds at most a few dozen pairings).
        var ids = result.Items.Select(p => p.Id).ToList();
        var given = await db.HelpRecords.AsNoTracking().Where(r => ids.Contains(r.PairingId))
            .GroupBy(r => new { r.PairingId, r.Kind, r.Unit })
            .Select(g => new { g.Key.PairingId, g.Key.Kind, g.Key.Unit, Count = g.Count(), Amount = g.Sum(r => r.Amount ?? 0m), Quantity = g.Sum(r => r.Quantity ?? 0m), Last = g.Max(r => r.GivenOn) })
            .ToListAsync(ct);
        var items = result.Items.Select(p =>
        {
            var mine = given.Where(g => g.PairingId == p.Id).ToList();
            return new PairingListItem(p.Id, p.HelperName, p.HelperTitle, p.HelperWorkplace, p.IsUser, p.UnitName, p.CampaignName, p.Year,
                p.Names, p.HouseholdCount, mine.Sum(g => g.Count), mine.Where(g => g.Kind == HelpKind.Money).Sum(g => g.Amount),
                mine.Where(g => g.Kind == HelpKind.Goods && g.Unit != null).GroupBy(g => g.Unit!)
                    .Select(g => new PairingTotals.GoodsLine(g.Key, g.Sum(x => x.Quantity))).OrderByDescending(g => g.Quantity).ToList(),
                mine.Where(g => g.Kind == HelpKind.Job).Sum(g => g.Count), mine.Where(g => g.Kind == HelpKind.Visit).Sum(g => g.Count),
                mine.Count == 0 ? null : mine.Max(g => g.Last));
        }).ToList();
        return new PagedResult<PairingListItem>(items, result.Total, result.Page, result.PageSize);
    }

    /// <summary>The totals of every pairing the filters select (not only the page shown).</summary>
    public async Task<PairingTotals> TotalsAsync(PairingQuery query, CancellationToken ct = default) => await (await FilterAsync(query, ct)).TotalsAsync(db, ct);

    /// <summary>The years pairings in scope run for, newest first, for the overview's filter.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken ct = default) =>
        await db.HelperPairings.AsNoTracking().Select(p => p.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);

    public async Task<PairingDetail> GetAsync(int id, CancellationToken ct = default)
    {
        var p = await db.HelperPairings.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new
            {
                x.Id, x.OrgUnitId, UnitName = x.OrgUnit!.Name, x.CampaignId,
                Campaign = db.Campaigns.Where(c => c.Id == x.CampaignId).Select(c => new { c.Name, c.Status }).FirstOrDefault(),
                x.Year, x.HelperName, x.HelperTitle, x.HelperWorkplace, IsUser = x.HelperUserId != null, x.PairedOn, x.Notes, x.CreatedBy, x.CreatedAt,
                Households = x.Households.OrderBy(h => h.Household!.Name).ThenBy(h => h.HouseholdId)
                    .Select(h => new { h.HouseholdId, h.Household!.Name, UnitName = h.Household.OrgUnit!.Name, h.Household.Level, h.Household.Status })
                    .ToList(),
            })
            .AsSplitQuery()
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        var help = await db.HelpRecords.AsNoTracking().Where(r => r.PairingId == id)
            .OrderByDescending(r => r.GivenOn).ThenByDescending(r => r.Id)
            .Select(r => new { r.HouseholdId, Help = new PairingDetail.Help(r.Id, r.GivenOn, r.Kind, r.Amount, r.ItemName, r.Quantity, r.Unit, r.Description, r.RecordedBy) })
            .ToListAsync(ct);
        var totals = await db.HelperPairings.AsNoTracking().Where(x => x.Id == id).TotalsAsync(db, ct);
        var households = p.Households.Select(h => new PairingDetail.Household(h.HouseholdId, h.Name, h.UnitName, h.Level, h.Status,
            help.Where(r => r.HouseholdId == h.HouseholdId).Select(r => r.Help).ToList())).ToList();
        return new PairingDetail(p.Id, p.OrgUnitId, p.UnitName, p.CampaignId, p.Campaign?.Name, p.Campaign?.Status == CampaignStatus.Closed, p.Year,
            p.HelperName, p.HelperTitle, p.HelperWorkplace, p.IsUser, p.PairedOn, p.Notes, p.CreatedBy, p.CreatedAt, households, totals);
    }

    /// <summary>A new pairing of the user's own unit, for the campaign given (or this year), starting today.</summary>
    public async Task<PairingInput> NewAsync(int? campaignId, CancellationToken ct = default) => new()
    {
        OrgUnitId = user.OrgUnitId ?? await db.OrgUnits.AsNoTracking().InScope(user).OrderBy(u => u.Path).Select(u => u.Id).FirstOrDefaultAsync(ct),
        CampaignId = campaignId,
        Year = Today.Year,
        PairedOn = Today,
    };

    public async Task<PairingInput> GetForEditAsync(int id, CancellationToken ct = default)
    {
        var p = await db.HelperPairings.AsNoTracking().Include(x => x.Households)
            .FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        return new PairingInput
        {
            OrgUnitId = p.OrgUnitId,
            CampaignId = p.CampaignId,
            Year = p.Year,
            HelperUserId = p.HelperUserId,
            HelperName = p.HelperName,
            HelperTitle = p.HelperTitle,
            HelperWorkplace = p.HelperWorkplace,
            PairedOn = p.PairedOn,
            Notes = p.Notes,
            HouseholdIds = p.Households.Select(h => h.HouseholdId).ToList(),
            Version = p.Version,
        };
    }

    /// <summary>The users who can be named as helpers: those of the units above the user and of their scope.</summary>
    public Task<List<PersonChoice>> HelperChoicesAsync(CancellationToken ct = default) => db.PeopleAsync(user, null, ct);

    public async Task<ServiceResult<int>> CreateAsync(PairingInput input, CancellationToken ct = default)
    {
        user.Require(Permission.Edit);
        var checkedInput = await CheckAsync(input, null, ct);
        if (checkedInput.Failure is { } failure) return failure;
        var pairing = new HelperPairing
        {
            HelperName = "",
            CreatedBy = user.UserName,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        Apply(pairing, input, checkedInput);
        pairing.Households.SyncTo(input.HouseholdIds, id => new PairedHousehold { HouseholdId = id });
        db.HelperPairings.Add(pairing);
        await db.SaveChangesAsync(ct);
        return ServiceResult<int>.Success(pairing.Id);
    }

    /// <summary>
    /// Saves the form over the pairing: helper, period and households. A household with help on record stays; a stale
    /// <see cref="PairingInput.Version"/> is a <see cref="ConcurrencyConflictException"/>.
    /// </summary>
    public async Task<ServiceResult<int>> UpdateAsync(int id, PairingInput input, CancellationToken ct = default)
    {
        user.Require(Permission.Edit);
        var pairing = await db.HelperPairings.Include(p => p.Households)
            .FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException();
        if (pairing.CampaignId is { } current && await db.Campaigns.IsClosedAsync(current, ct))
            return ServiceResult<int>.Failure(nameof(input.CampaignId), messages["Pairing.CampaignClosed"]);
        var checkedInput = await CheckAsync(input, pairing, ct);
        if (checkedInput.Failure is { } failure) return failure;

        var wanted = input.HouseholdIds.Distinct().ToHashSet();
        var leaving = pairing.Households.Where(h => !wanted.Contains(h.HouseholdId)).Select(h => h.HouseholdId).ToList();
        var helpedLeaving = await db.HelpRecords.AsNoTracking().Where(r => r.PairingId == id && leaving.Contains(r.HouseholdId))
            .Select(r => r.HouseholdId).Distinct().ToListAsync(ct);
        if (helpedLeaving.Count > 0)
        {
            var names = await db.Households.AsNoTracking().Where(h => helpedLeaving.Contains(h.Id)).OrderBy(h => h.Name).Select(h => h.Name).ToListAsync(ct);
            return ServiceResult<int>.Failure(nameof(input.HouseholdIds), messages["Pairing.HouseholdHasHelp", string.Join(messages["List.Separator"], names)]);
        }

        db.Entry(pairing).Property(p => p.Version).OriginalValue = input.Version;
        Apply(pairing, input, checkedInput);
        pairing.Households.SyncTo(wanted, id => new PairedHousehold { HouseholdId = id });
        // The row is written even when only its households changed, so the version check always runs.
        db.Entry(pairing).Property(p => p.Version).IsModified = true;
        try
        {
            await db.SaveChangesOrConflictAsync(ct);
        }
        catch (DbUpdateException ex)
        {
            // Help was recorded for a leaving household between the check above and this save: someone else's change won.
            throw new ConcurrencyConflictException("Help was recorded for a household leaving the pairing.", ex);
        }
        return ServiceResult<int>.Success(pairing.Id);
    }

    /// <summary>A new record for the pairing, for the household given when it is one of the pairing's.</summary>
    public async Task<HelpRecordInput> NewHelpAsync(int pairingId, int? householdId, CancellationToken ct = default)
    {
        var households = await db.HelperPairings.AsNoTracking().Where(p => p.Id == pairingId)
            .Select(p => p.Households.Select(h => h.HouseholdId).ToList()).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        return new HelpRecordInput
        {
            HouseholdId = householdId is { } id && households.Contains(id) ? id : households.Count == 1 ? households[0] : 0,
            GivenOn = Today,
            Kind = HelpKind.Money,
        };
    }

    /// <summary>Records one piece of help to one household of the pairing. Only the fields of its kind are kept.</summary>
    public async Task<ServiceResult<int>> RecordHelpAsync(int pairingId, HelpRecordInput input, CancellationToken ct = default)
    {
        user.Require(Permission.Edit);
        var pairing = await db.HelperPairings.AsNoTracking().Where(p => p.Id == pairingId)
            .Select(p => new { p.Id, p.CampaignId, p.PairedOn, Households = p.Households.Select(h => h.HouseholdId).ToList() })
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        var validation = await helpValidator.ValidateAsync(input, ct);
        if (!validation.IsValid) return ServiceResult<int>.Failure(validation);
        if (pairing.CampaignId is { } campaignId && await db.Campaigns.IsClosedAsync(campaignId, ct))
            return ServiceResult<int>.Failure(nameof(input.Kind), messages["Pairing.CampaignClosed"]);
        if (!pairing.Households.Contains(input.HouseholdId))
            return ServiceResult<int>.Failure(nameof(input.HouseholdId), messages["Help.HouseholdNotPaired"]);
        if (input.GivenOn < pairing.PairedOn)
            return ServiceResult<int>.Failure(nameof(input.GivenOn), messages["Help.BeforePairing", Formats.Date(pairing.PairedOn)]);

        var record = new HelpRecord
        {
            PairingId = pairing.Id,
            HouseholdId = input.HouseholdId,
            GivenOn = input.GivenOn,
            Kind = input.Kind,
            Amount = input.Kind == HelpKind.Money ? input.Amount : null,
            ItemName = input.Kind == HelpKind.Goods ? input.ItemName.TrimmedOrNull() : null,
            Quantity = input.Kind == HelpKind.Goods ? input.Quantity : null,
            Unit = input.Kind == HelpKind.Goods ? input.Unit.TrimmedOrNull() : null,
            Description = input.Description.TrimmedOrNull(),
            RecordedBy = user.UserName,
            RecordedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.HelpRecords.Add(record);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex)
        {
            // The household left the pairing while this form was open.
            throw new ConcurrencyConflictException("The household left the pairing.", ex);
        }
        return ServiceResult<int>.Success(record.Id);
    }

    private async Task<IQueryable<HelperPairing>> FilterAsync(PairingQuery query, CancellationToken ct)
    {
        var pairings = db.HelperPairings.AsNoTracking();
        if (query.CampaignId is { } campaignId)
        {
            var campaign = await db.FindVisibleCampaignAsync(campaignId, ct);
            var year = await db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId).Select(c => c.Year).FirstAsync(ct);
            pairings = pairings.OfCampaign(db, campaignId, year, campaign.OrgUnitPath);
        }
        else if (query.Year is { } year)
        {
            pairings = pairings.Where(p => p.Year == year);
        }
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            pairings = pairings.Where(p => p.HelperName.Contains(term) || (p.HelperWorkplace != null && p.HelperWorkplace.Contains(term))
                || p.Households.Any(h => h.Household!.Name.Contains(term)));
        }
        return pairings;
    }

    /// <summary>What the input must pass beyond its own rules, and what it resolves to (the year, the helper user).</summary>
    private async Task<Checked> CheckAsync(PairingInput input, HelperPairing? existing, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return new Checked(ServiceResult<int>.Failure(validation), 0, null);

        var unitPath = await db.OrgUnits.AsNoTracking().InScope(user).Where(u => u.Id == input.OrgUnitId && u.IsActive)
            .Select(u => u.Path).FirstOrDefaultAsync(ct);
        if (unitPath is null) return Fail(nameof(input.OrgUnitId), messages["Pairing.UnitUnknown"]);

        var year = input.Year ?? 0;
        if (input.CampaignId is { } campaignId)
        {
            await db.FindVisibleCampaignAsync(campaignId, ct);
            var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId).Select(c => new { c.Year, c.Status }).FirstAsync(ct);
            if (campaign.Status == CampaignStatus.Closed) return Fail(nameof(input.CampaignId), messages["Pairing.CampaignClosed"]);
            year = campaign.Year;
        }

        PersonChoice? helper = null;
        if (!string.IsNullOrWhiteSpace(input.HelperUserId))
        {
            helper = (await db.PeopleAsync(user, [input.HelperUserId], ct)).FirstOrDefault();
            if (helper is null) return Fail(nameof(input.HelperUserId), messages["Pairing.HelperUnknown"]);
        }

        var householdIds = input.HouseholdIds.Distinct().ToList();
        var households = await db.Households.AsNoTracking().InUnitTree(unitPath)
            .Where(h => householdIds.Contains(h.Id)).Select(h => new { h.Id, h.Name, h.Status }).ToListAsync(ct);
        if (households.Count != householdIds.Count) return Fail(nameof(input.HouseholdIds), messages["Pairing.HouseholdUnknown"]);
        var kept = existing?.Households.Select(h => h.HouseholdId).ToHashSet() ?? [];
        if (households.FirstOrDefault(h => h.Status == HouseholdStatus.Closed && !kept.Contains(h.Id)) is { } closed)
            return Fail(nameof(input.HouseholdIds), messages["Pairing.HouseholdClosed", closed.Name]);

        // One pairing per helper, unit and period: a second one would count the helper twice and split their record.
        var name = input.HelperName.TrimmedOrNull() ?? helper?.DisplayName ?? "";
        var workplace = input.HelperWorkplace.TrimmedOrNull() ?? helper?.UnitName;
        var userId = helper?.UserId;
        var existingId = existing?.Id ?? 0;
        var samePeriod = db.HelperPairings.AsNoTracking().Where(p => p.Id != existingId && p.OrgUnitId == input.OrgUnitId
            && (input.CampaignId != null ? p.CampaignId == input.CampaignId : p.CampaignId == null && p.Year == year));
        var twin = userId is not null
            ? await samePeriod.AnyAsync(p => p.HelperUserId == userId, ct)
            : await samePeriod.AnyAsync(p => p.HelperUserId == null && p.HelperName == name && p.HelperWorkplace == workplace, ct);
        if (twin) return Fail(nameof(input.HelperName), messages["Pairing.HelperAlreadyPaired", name]);

        return new Checked(null, year, helper);

        static Checked Fail(string property, string message) => new(ServiceResult<int>.Failure(property, message), 0, null);
    }

    private static void Apply(HelperPairing target, PairingInput input, Checked resolved)
    {
        target.OrgUnitId = input.OrgUnitId;
        target.CampaignId = input.CampaignId;
        target.Year = resolved.Year;
        target.HelperUserId = resolved.Helper?.UserId;
        target.HelperName = input.HelperName.TrimmedOrNull() ?? resolved.Helper?.DisplayName ?? "";
        target.HelperTitle = input.HelperTitle.TrimmedOrNull() ?? resolved.Helper?.Title;
        target.HelperWorkplace = input.HelperWorkplace.TrimmedOrNull() ?? resolved.Helper?.UnitName;
        target.PairedOn = input.PairedOn;
        target.Notes = input.Notes.TrimmedOrNull();
    }


    private sealed record Checked(ServiceResult<int>? Failure, int Year, PersonChoice? Helper);
}
