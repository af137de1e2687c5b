using System.Globalization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Data.Scope;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;

namespace Relief.Core.Features.Households;

/// <summary>
/// The hardship registry (一户一档): lists, the file, create and edit, the lifecycle, and the audited reveal of ID
/// numbers. Every query goes through the user's scope; a file outside it is <see cref="NotFoundException"/>.
/// </summary>
public sealed class HouseholdService(
    ReliefDbContext db,
    ICurrentUser user,
    IdNumberProtector protector,
    IValidator<HouseholdInput> validator,
    IValidator<HouseholdStatusInput> statusValidator,
    IStringLocalizer<CoreMessages> messages,
    TimeProvider clock)
{
    public async Task<PagedResult<HouseholdListItem>> ListAsync(HouseholdQuery query, PageRequest page, CancellationToken ct = default)
    {
        var households = await FilterAsync(query, ct);
        return await households.Sort(query.Sort, query.Descending).ToListItems().ToPageAsync(page, ct);
    }

    /// <summary>The query behind the list, unsorted and unpaged: the export reuses it so it writes exactly what the list shows.</summary>
    public async Task<IQueryable<Household>> FilterAsync(HouseholdQuery query, CancellationToken ct = default)
    {
        var households = db.Households.AsNoTracking().Search(query.Search, protector);
        if (query.OrgUnitId is { } unitId) households = households.InUnitTree(await UnitPathInScopeAsync(unitId, ct));
        if (query.Category is { } category) households = households.Where(h => h.Categories.Any(c => c.Category == category));
        if (query.Level is { } level) households = households.Where(h => h.Level == level);
        if (query.Status is { } status) households = households.Where(h => h.Status == status);
        // Closed files leave the working lists, but a search still finds them.
        else if (string.IsNullOrWhiteSpace(query.Search)) households = households.Where(h => h.Status != HouseholdStatus.Closed);
        if (!string.IsNullOrWhiteSpace(query.Region))
        {
            var region = query.Region.Trim();
            households = households.Where(h => h.Region == region);
        }
        if (query.IsRemote is { } remote) households = households.Where(h => h.IsRemote == remote);
        if (query.NotSurveyedInCampaignId is { } surveyedIn)
            households = households.NotSurveyedIn(db, await db.FindVisibleCampaignAsync(surveyedIn, ct));
        if (query.NotVisitedInCampaignId is { } visitedIn)
            households = households.NotVisitedIn(db, (await db.FindVisibleCampaignAsync(visitedIn, ct)).Id);
        if (query.NotHelpedInCampaignId is { } helpedIn)
            households = households.NotHelpedIn(db, (await db.FindVisibleCampaignAsync(helpedIn, ct)).Id);
        return households;
    }

    /// <summary>The regions used in the user's scope, for the region filter.</summary>
    public async Task<IReadOnlyList<string>> GetRegionsAsync(CancellationToken ct = default) =>
        await db.Households.AsNoTracking()
            .Where(h => h.Region != null).Select(h => h.Region!).Distinct().OrderBy(r => r).ToListAsync(ct);

    public async Task<HouseholdFile> GetFileAsync(int id, CancellationToken ct = default)
    {
        var file = await HouseholdFileQuery.LoadAsync(db, user, id, ct) ?? throw new NotFoundException();
        return file with
        {
            CanRevealIdNumber = MayRevealIdNumbers,
            NextStatuses = Enum.GetValues<HouseholdStatus>().Where(s => HouseholdLifecycle.CanMove(file.Status, s)).ToList(),
        };
    }

    public bool MayRevealIdNumbers => user.May(Permission.RevealIdNumbers);

    /// <summary>
    /// The full ID number, for Chair and Administrator only. Each reveal is written to the audit log as an access
    /// (who, when, which file; never the number) before the number is returned.
    /// </summary>
    public async Task<string> RevealIdNumberAsync(int id, CancellationToken ct = default)
    {
        if (!MayRevealIdNumbers) throw new UnauthorizedAccessException("Only a chair or an administrator may see full ID numbers.");
        var household = await db.Households.AsNoTracking()
            .Where(h => h.Id == id).Select(h => new { h.OrgUnitId, h.IdNumberCipher })
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            UserId = user.UserId,
            UserName = user.UserName,
            Entity = nameof(Household),
            EntityKey = id.ToString(CultureInfo.InvariantCulture),
            Action = AuditAction.Access,
            NewValues = """{"IdNumber":"revealed"}""",
            OrgUnitId = household.OrgUnitId,
        });
        await db.SaveChangesAsync(ct);
        return protector.Unprotect(household.IdNumberCipher);
    }

    /// <summary>The edit form's starting values. The ID number is left blank: it is kept unless the user types a new one.</summary>
    public async Task<HouseholdInput> GetForEditAsync(int id, CancellationToken ct = default)
    {
        var household = await db.Households.AsNoTracking()
            .Include(h => h.Categories).Include(h => h.Members).AsSplitQuery()
            .FirstOrDefaultAsync(h => h.Id == id, ct) ?? throw new NotFoundException();
        return new HouseholdInput
        {
            OrgUnitId = household.OrgUnitId,
            Name = household.Name,
            HeadKind = household.HeadKind,
            Workplace = household.Workplace,
            Phone = household.Phone,
            Address = household.Address,
            Region = household.Region,
            IsRemote = household.IsRemote,
            Level = household.Level,
            Categories = household.Categories.Select(c => c.Category).Order().ToList(),
            Causes = household.Causes,
            IllnessDetails = household.IllnessDetails,
            PerCapitaIncome = household.PerCapitaIncome,
            FamilySize = household.FamilySize,
            IsPriority = household.IsPriority,
            Members = household.Members.OrderBy(m => m.Id).Select(m => new FamilyMemberInput
            {
                Id = m.Id, Name = m.Name, Relation = m.Relation, BirthYear = m.BirthYear, Occupation = m.Occupation, Health = m.Health,
            }).ToList(),
            Version = household.Version,
        };
    }

    public async Task<ServiceResult<int>> CreateAsync(HouseholdInput input, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return ServiceResult<int>.Failure(validation);
        if (string.IsNullOrWhiteSpace(input.IdNumber))
            return ServiceResult<int>.Failure(nameof(input.IdNumber), messages.IdNumberMessage(IdNumberProblem.Missing, null));
        if (!await UnitAcceptsFilesAsync(input.OrgUnitId, ct))
            return ServiceResult<int>.Failure(nameof(input.OrgUnitId), messages["Household.UnitRequired"]);
        if (await HolderOfAsync(protector.Hash(input.IdNumber), null, ct) is { } holder)
            return ServiceResult<int>.Failure(nameof(input.IdNumber), await AlreadyOnFileAsync(holder, ct));

        var household = HouseholdMapping.NewHousehold(input, input.IdNumber, protector, Stamp());
        db.Households.Add(household);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone filed the same person between our check and our insert; the unique index caught it.
            db.Entry(household).State = EntityState.Detached;
            if (await HolderOfAsync(household.IdNumberHash, null, ct) is not { } racedHolder) throw;
            return ServiceResult<int>.Failure(nameof(input.IdNumber), await AlreadyOnFileAsync(racedHolder, ct));
        }
        return ServiceResult<int>.Success(household.Id);
    }

    public async Task<ServiceResult<int>> UpdateAsync(int id, HouseholdInput input, CancellationToken ct = default)
    {
        var household = await db.Households
            .Include(h => h.Categories).Include(h => h.Members).AsSplitQuery()
            .FirstOrDefaultAsync(h => h.Id == id, ct) ?? throw new NotFoundException();
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return ServiceResult<int>.Failure(validation);
        if (input.OrgUnitId != household.OrgUnitId && !await UnitAcceptsFilesAsync(input.OrgUnitId, ct))
            return ServiceResult<int>.Failure(nameof(input.OrgUnitId), messages["Household.UnitRequired"]);
        if (!string.IsNullOrWhiteSpace(input.IdNumber))
        {
            var hash = protector.Hash(input.IdNumber);
            if (hash != household.IdNumberHash)
            {
                if (await HolderOfAsync(hash, id, ct) is { } holder)
                    return ServiceResult<int>.Failure(nameof(input.IdNumber), await AlreadyOnFileAsync(holder, ct));
                HouseholdMapping.SetIdNumber(household, input.IdNumber, protector);
            }
        }

        db.Entry(household).Property(h => h.Version).OriginalValue = input.Version;
        HouseholdMapping.CopyDetails(household, input);
        HouseholdMapping.SyncCategories(household, input.Categories);
        HouseholdMapping.SyncMembers(household, input.Members);
        household.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        // The file row is written on every save, even when only members or categories changed, so the version check always runs.
        db.Entry(household).Property(h => h.UpdatedAt).IsModified = true;
        await db.SaveChangesOrConflictAsync(ct);
        return ServiceResult<int>.Success(household.Id);
    }

    /// <summary>Out of hardship, returned, or closed: the file keeps a history row with the reason and date.</summary>
    public async Task<ServiceResult<int>> ChangeStatusAsync(int id, HouseholdStatusInput input, CancellationToken ct = default)
    {
        var household = await db.Households.FirstOrDefaultAsync(h => h.Id == id, ct) ?? throw new NotFoundException();
        var validation = await statusValidator.ValidateAsync(input, ct);
        if (!validation.IsValid) return ServiceResult<int>.Failure(validation);
        if (!HouseholdLifecycle.CanMove(household.Status, input.ToStatus))
        {
            return ServiceResult<int>.Failure(nameof(input.ToStatus),
                messages["Household.Status.NotAllowed", messages.Label(household.Status), messages.Label(input.ToStatus)]);
        }

        db.Entry(household).Property(h => h.Version).OriginalValue = input.Version;
        var now = clock.GetUtcNow().UtcDateTime;
        db.HouseholdStatusChanges.Add(new HouseholdStatusChange
        {
            HouseholdId = household.Id,
            FromStatus = household.Status,
            ToStatus = input.ToStatus,
            Reason = input.Reason.Trim(),
            EffectiveOn = input.EffectiveOn,
            Changes = input.ToStatus == HouseholdStatus.Closed && input.ClosureReason is { } why
                ? $"{messages["Household.Field.ClosureReason"]}: {messages.Label(why)}"
                : null,
            RecordedBy = user.UserName,
            RecordedAt = now,
        });
        household.Status = input.ToStatus;
        household.StatusSince = input.EffectiveOn;
        household.ClosureReason = input.ToStatus == HouseholdStatus.Closed ? input.ClosureReason : null;
        household.UpdatedAt = now;
        await db.SaveChangesOrConflictAsync(ct);
        return ServiceResult<int>.Success(household.Id);
    }

    /// <summary>
    /// The path of the unit holding a file for this ID hash anywhere in the system, deliberately not scope-filtered:
    /// one file per person across all units. Nothing of the file itself is read.
    /// </summary>
    public Task<string?> HolderOfAsync(string idNumberHash, int? exceptHouseholdId, CancellationToken ct) =>
        db.Households.AsNoTracking().OutsideUnitScope()
            .Where(h => h.IdNumberHash == idNumberHash && h.Id != exceptHouseholdId)
            .Select(h => h.OrgUnit!.Path)
            .FirstOrDefaultAsync(ct);

    /// <summary>The refusal of a second file: the holding unit by name only where the user may know it (<see cref="UnitDisclosure"/>).</summary>
    private async Task<string> AlreadyOnFileAsync(string holderPath, CancellationToken ct) =>
        OnFileRefusal.For(messages, await UnitDisclosure.DiscloseAsync(db, user, holderPath, ct));

    private FileStamp Stamp() =>
        new(DateOnly.FromDateTime(clock.GetLocalNow().DateTime), clock.GetUtcNow().UtcDateTime, user.UserName, messages["Household.History.Opened"]);

    private Task<bool> UnitAcceptsFilesAsync(int unitId, CancellationToken ct) =>
        db.OrgUnits.AsNoTracking().InScope(user).AnyAsync(u => u.Id == unitId && u.IsActive, ct);

    private async Task<string> UnitPathInScopeAsync(int unitId, CancellationToken ct) =>
        await db.OrgUnits.AsNoTracking().InScope(user).Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct)
        ?? throw new NotFoundException();
}
