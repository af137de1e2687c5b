using System.Globalization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.Surveys;

/// <summary>
/// 摸底调查: record a survey of a household, apply its recommendations to the file (调整充实档案) with the old and new
/// values kept in the file's history, follow a campaign's survey drive, and list households by priority.
/// </summary>
public sealed class SurveyService(
    ReliefDbContext db,
    ICurrentUser user,
    IValidator<SurveyInput> validator,
    IStringLocalizer<CoreMessages> messages,
    TimeProvider clock)
{
    public async Task<ServiceResult<int>> RecordAsync(SurveyInput input, CancellationToken ct = default)
    {
        var household = await db.Households.AsNoTracking()
            .Where(h => h.Id == input.HouseholdId).Select(h => new { h.Id, h.OrgUnitId, h.Status })
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return ServiceResult<int>.Failure(validation);
        if (household.Status == HouseholdStatus.Closed) return ServiceResult<int>.Failure("", messages["Survey.FileClosed"]);
        if (input.CampaignId is { } campaignId)
        {
            await db.FindVisibleCampaignAsync(campaignId, ct);
            var status = await db.Campaigns.Where(c => c.Id == campaignId).Select(c => c.Status).FirstAsync(ct);
            if (status == CampaignStatus.Closed) return ServiceResult<int>.Failure(nameof(input.CampaignId), messages["Survey.CampaignClosed"]);
        }

        var survey = new Survey
        {
            HouseholdId = household.Id,
            OrgUnitId = household.OrgUnitId,
            CampaignId = input.CampaignId,
            SurveyedOn = input.SurveyedOn,
            Surveyors = input.Surveyors.Trim(),
            Method = input.Method,
            Findings = HouseholdMapping.Blank(input.Findings),
            PerCapitaIncome = input.PerCapitaIncome,
            FamilySize = input.FamilySize,
            Causes = HouseholdMapping.Blank(input.Causes),
            RecommendedLevel = input.RecommendedLevel,
            RecommendedCategories = input.RecommendedCategories.Distinct().Order().ToList(),
            IsPriority = input.IsPriority,
            CreatedBy = user.UserName,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Surveys.Add(survey);
        await db.SaveChangesAsync(ct);
        return ServiceResult<int>.Success(survey.Id);
    }

    public async Task<SurveyDetail> GetAsync(int id, CancellationToken ct = default) =>
        await db.Surveys.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new SurveyDetail
            {
                Id = s.Id,
                HouseholdId = s.HouseholdId,
                HouseholdName = s.Household!.Name,
                UnitName = s.Household.OrgUnit!.Name,
                CampaignId = s.CampaignId,
                SurveyedOn = s.SurveyedOn,
                Surveyors = s.Surveyors,
                Method = s.Method,
                Findings = s.Findings,
                PerCapitaIncome = s.PerCapitaIncome,
                FamilySize = s.FamilySize,
                Causes = s.Causes,
                RecommendedLevel = s.RecommendedLevel,
                RecommendedCategories = s.RecommendedCategories,
                IsPriority = s.IsPriority,
                AppliedAt = s.AppliedAt,
                CreatedBy = s.CreatedBy,
                CurrentLevel = s.Household.Level,
                CurrentCategories = s.Household.Categories.OrderBy(c => c.Category).Select(c => c.Category).ToList(),
                CurrentPerCapitaIncome = s.Household.PerCapitaIncome,
                CurrentFamilySize = s.Household.FamilySize,
                CurrentCauses = s.Household.Causes,
                CurrentIsPriority = s.Household.IsPriority,
                HouseholdStatus = s.Household.Status,
                HouseholdVersion = s.Household.Version,
            })
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();

    /// <summary>
    /// Copies the survey's findings and recommendations onto the file in one save, and writes a history row listing
    /// each changed field as "field: old → new". <paramref name="householdVersion"/> is the file version the user saw.
    /// </summary>
    public async Task<ServiceResult<int>> ApplyAsync(int surveyId, Guid householdVersion, CancellationToken ct = default)
    {
        var survey = await db.Surveys.FirstOrDefaultAsync(s => s.Id == surveyId, ct) ?? throw new NotFoundException();
        var household = await db.Households.Include(h => h.Categories)
            .FirstOrDefaultAsync(h => h.Id == survey.HouseholdId, ct) ?? throw new NotFoundException();
        if (survey.AppliedAt is not null) return ServiceResult<int>.Failure("", messages["Survey.AlreadyApplied"]);
        if (household.Status == HouseholdStatus.Closed) return ServiceResult<int>.Failure("", messages["Survey.FileClosed"]);

        db.Entry(household).Property(h => h.Version).OriginalValue = householdVersion;
        var changes = new SurveyChangeList(messages);
        var currentCategories = household.Categories.Select(c => c.Category).Order().ToList();
        changes.Add("Household.Field.Level", messages.Label(household.Level), messages.Label(survey.RecommendedLevel));
        changes.Add("Household.Field.Categories", messages.Labels(currentCategories), messages.Labels(survey.RecommendedCategories));
        changes.Add("Household.Field.PerCapitaIncome", Formats.Amount(household.PerCapitaIncome), Formats.Amount(survey.PerCapitaIncome));
        changes.Add("Household.Field.FamilySize", household.FamilySize.ToString(CultureInfo.CurrentCulture), survey.FamilySize.ToString(CultureInfo.CurrentCulture));
        changes.Add("Household.Field.Causes", household.Causes ?? "", survey.Causes ?? "");
        changes.Add("Household.Field.IsPriority", YesNo(household.IsPriority), YesNo(survey.IsPriority));

        household.Level = survey.RecommendedLevel;
        HouseholdMapping.SyncCategories(household, survey.RecommendedCategories);
        household.PerCapitaIncome = survey.PerCapitaIncome;
        household.FamilySize = survey.FamilySize;
        household.Causes = survey.Causes;
        household.IsPriority = survey.IsPriority;
        var now = clock.GetUtcNow().UtcDateTime;
        household.UpdatedAt = now;
        db.Entry(household).Property(h => h.UpdatedAt).IsModified = true;
        survey.AppliedAt = now;
        db.HouseholdStatusChanges.Add(new HouseholdStatusChange
        {
            HouseholdId = household.Id,
            FromStatus = household.Status,
            ToStatus = household.Status,
            Reason = messages["Survey.AppliedReason", survey.SurveyedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)],
            // The file changes today; the survey's own date is in the reason.
            EffectiveOn = DateOnly.FromDateTime(clock.GetLocalNow().DateTime),
            Changes = changes.IsEmpty ? messages["Survey.NoChanges"] : changes.ToString(),
            SurveyId = survey.Id,
            RecordedBy = user.UserName,
            RecordedAt = now,
        });
        await db.SaveChangesOrConflictAsync(ct);
        return ServiceResult<int>.Success(household.Id);
    }

    /// <summary>
    /// The campaign's survey drive in the user's part of the tree: households in hardship of the campaign's unit
    /// (optionally one sub-unit) and how many of them were surveyed in the campaign window; the rest, paged.
    /// </summary>
    public async Task<SurveyDrive> GetDriveAsync(int campaignId, int? orgUnitId, PageRequest page, CancellationToken ct = default)
    {
        var campaign = await db.FindVisibleCampaignAsync(campaignId, ct);
        var households = db.Households.AsNoTracking().InUnitTree(campaign.OrgUnitPath).InHardship();
        if (orgUnitId is { } unitId) households = households.InUnitTree(await UnitPathInScopeAsync(unitId, ct));
        var total = await households.CountAsync(ct);
        var notSurveyed = households.NotSurveyedIn(db, campaign);
        var remaining = await notSurveyed.Sort(HouseholdSort.Unit, false).ToListItems().ToPageAsync(page, ct);
        return new SurveyDrive(campaign, total, total - remaining.Total, remaining);
    }

    /// <summary>Households in hardship in scope: 特困, 大病致贫, 单亲 first, then by per-capita income, lowest first.</summary>
    public async Task<PagedResult<HouseholdListItem>> GetPriorityListAsync(int? orgUnitId, PageRequest page, CancellationToken ct = default)
    {
        var households = db.Households.AsNoTracking().InHardship();
        if (orgUnitId is { } unitId) households = households.InUnitTree(await UnitPathInScopeAsync(unitId, ct));
        return await households.OrderByPriority().ToListItems().ToPageAsync(page, ct);
    }

    private async Task<string> UnitPathInScopeAsync(int unitId, CancellationToken ct) =>
        await db.OrgUnits.AsNoTracking().InScope(user).Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct)
        ?? throw new NotFoundException();

    private string YesNo(bool value) => value ? messages["Yes"] : messages["No"];
}
