using Microsoft.EntityFrameworkCore;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;

namespace Relief.Core.Features.Households;

/// <summary>Loads the file page: the household and the timeline of everything done for it, each part scope-checked.</summary>
public static class HouseholdFileQuery
{
    public static async Task<HouseholdFile?> LoadAsync(ReliefDbContext db, ICurrentUser user, int id, CancellationToken ct)
    {
        var file = await db.Households.AsNoTracking()
            .Where(h => h.Id == id)
            .Select(h => new HouseholdFile
            {
                Id = h.Id,
                OrgUnitId = h.OrgUnitId,
                UnitName = h.OrgUnit!.Name,
                Name = h.Name,
                Gender = h.Gender,
                BirthDate = h.BirthDate,
                IdNumberMasked = h.IdNumberMasked,
                HeadKind = h.HeadKind,
                Workplace = h.Workplace,
                Phone = h.Phone,
                Address = h.Address,
                Region = h.Region,
                IsRemote = h.IsRemote,
                Level = h.Level,
                Categories = h.Categories.OrderBy(c => c.Category).Select(c => c.Category).ToList(),
                Causes = h.Causes,
                IllnessDetails = h.IllnessDetails,
                PerCapitaIncome = h.PerCapitaIncome,
                FamilySize = h.FamilySize,
                IsPriority = h.IsPriority,
                Status = h.Status,
                StatusSince = h.StatusSince,
                ClosureReason = h.ClosureReason,
                CreatedAt = h.CreatedAt,
                UpdatedAt = h.UpdatedAt,
                Version = h.Version,
                Members = h.Members.OrderBy(m => m.Id)
                    .Select(m => new FamilyMemberView(m.Id, m.Name, m.Relation, m.BirthYear, m.Occupation, m.Health)).ToList(),
                History = h.StatusHistory.OrderByDescending(s => s.EffectiveOn).ThenByDescending(s => s.Id)
                    .Select(s => new HouseholdHistoryEntry(s.Id, s.FromStatus, s.ToStatus, s.Reason, s.EffectiveOn, s.Changes, s.SurveyId, s.RecordedBy, s.RecordedAt))
                    .ToList(),
            })
            .AsSplitQuery()
            .FirstOrDefaultAsync(ct);
        if (file is null) return null;

        var surveys = await db.Surveys.AsNoTracking().Where(s => s.HouseholdId == id)
            .OrderByDescending(s => s.SurveyedOn).ThenByDescending(s => s.Id)
            .Select(s => new HouseholdSurveyEntry(s.Id, s.SurveyedOn, s.Method, s.Surveyors, s.RecommendedLevel, s.IsPriority, s.CampaignId, s.AppliedAt))
            .ToListAsync(ct);
        var grants = await db.Grants.AsNoTracking().Where(g => g.HouseholdId == id)
            .OrderByDescending(g => g.AppliedOn).ThenByDescending(g => g.Id)
            .Select(g => new HouseholdGrantEntry(g.Id, g.CampaignId, g.Campaign!.Name, g.Kind, g.TotalAmount, g.Status, g.AppliedOn))
            .ToListAsync(ct);
        // The household's visits by its own visit lines: asked per visit ("has this household?"), the database walked
        // a province's 500,000 visits newest first to find five (226 ms).
        var visitIds = db.VisitHouseholds.Where(x => x.HouseholdId == id).Select(x => x.VisitId);
        var visits = await db.Visits.AsNoTracking().Where(v => visitIds.Contains(v.Id))
            .OrderByDescending(v => v.VisitedOn).ThenByDescending(v => v.Id)
            .Select(v => new HouseholdVisitEntry(v.Id, v.VisitedOn, v.Kind, v.Visitors.OrderBy(x => x.Id).Select(x => x.Name).ToList(), v.CampaignId))
            .ToListAsync(ct);
        var concerns = await db.Concerns.AsNoTracking().Where(c => c.HouseholdId == id)
            .OrderByDescending(c => c.RaisedOn).ThenByDescending(c => c.Id)
            .Select(c => new HouseholdConcernEntry(c.Id, c.RaisedOn, c.Category, c.Description, c.Status, c.DueOn, c.ResolvedOn))
            .ToListAsync(ct);

        return file with { Surveys = surveys, Grants = grants, Visits = visits, Concerns = concerns };
    }
}
