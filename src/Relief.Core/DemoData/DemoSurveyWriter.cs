using Relief.Core.Data;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Households;
using Relief.Core.Features.Surveys;

namespace Relief.Core.DemoData;

/// <summary>摸底调查 before each campaign; most applied to the files, a few still pending, three that raised the level.</summary>
public sealed class DemoSurveyWriter(ReliefDbContext db, Random random, DemoUnits units, DemoStaff staff)
{
    private const int PendingSurveys = 5;

    public async Task WriteAsync(IReadOnlyList<SeededHousehold> households, Campaign previous, Campaign current, CancellationToken ct)
    {
        var lastYear = households.Where(h => h.FiledOn < new DateOnly(2019, 11, 1)).Where((_, i) => i % 3 == 0).ToList();
        foreach (var seeded in lastYear)
            db.Surveys.Add(Survey(seeded, previous, new DateOnly(2019, 11, 18).AddDays(random.Next(25)), applied: true));

        var thisYear = households.Where(h => h.IsOnFile).Where((_, i) => i % 4 != 3).ToList();
        var surveys = thisYear
            .Select((seeded, i) => (seeded, survey: Survey(seeded, current, new DateOnly(2020, 11, 20).AddDays(random.Next(25)), applied: i < thisYear.Count - PendingSurveys)))
            .ToList();
        db.Surveys.AddRange(surveys.Select(s => s.survey));
        await db.SaveChangesAsync(ct);

        // A survey that finds things worse raises the file's level; the file keeps the history (调整充实档案).
        foreach (var (seeded, survey) in surveys.Where(s => s.survey.AppliedAt is not null && s.seeded.Household.Level == HardshipLevel.Extreme).Take(3))
        {
            seeded.Household.StatusHistory.Add(new HouseholdStatusChange
            {
                FromStatus = seeded.Household.Status,
                ToStatus = seeded.Household.Status,
                Reason = "摸底调查后调整档案",
                Changes = "困难程度: 一般困难 → 特困",
                EffectiveOn = survey.SurveyedOn.AddDays(3),
                SurveyId = survey.Id,
                RecordedBy = survey.CreatedBy,
                RecordedAt = survey.AppliedAt!.Value,
            });
            seeded.Household.UpdatedAt = survey.AppliedAt.Value;
        }
        await db.SaveChangesAsync(ct);
    }

    private Survey Survey(SeededHousehold seeded, Campaign campaign, DateOnly surveyedOn, bool applied)
    {
        var household = seeded.Household;
        var method = household.IsRemote ? SurveyMethod.Phone : household.Id % 6 == 0 ? SurveyMethod.Employer : SurveyMethod.Home;
        var officer = staff.OfficerFor(household.OrgUnitId, units).DisplayName;
        var how = method switch { SurveyMethod.Phone => "电话核实", SurveyMethod.Employer => "向所在单位核实", _ => "入户核查" };
        var level = household.Level switch { HardshipLevel.Extreme => "特困", HardshipLevel.General => "一般困难", _ => "节日慰问对象" };
        return new Survey
        {
            HouseholdId = household.Id,
            OrgUnitId = household.OrgUnitId,
            CampaignId = campaign.Id,
            SurveyedOn = surveyedOn,
            Surveyors = $"{officer}、{(household.OrgUnitId == units.SongyangBranch.Id ? "雷建明" : "李卫东")}",
            Method = method,
            Findings = $"{how}：家庭共{household.FamilySize}口人，{household.Causes}。情况属实，建议列为{level}。",
            PerCapitaIncome = household.PerCapitaIncome,
            FamilySize = household.FamilySize,
            Causes = household.Causes,
            RecommendedLevel = household.Level,
            RecommendedCategories = household.Categories.Select(c => c.Category).ToList(),
            IsPriority = household.IsPriority,
            AppliedAt = applied ? DemoDates.Stamp(surveyedOn.AddDays(3)) : null,
            CreatedBy = officer,
            CreatedAt = DemoDates.Stamp(surveyedOn),
        };
    }
}
