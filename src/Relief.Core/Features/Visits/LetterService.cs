using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Data.Scope;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Hotline;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.Visits;

/// <summary>
/// 慰问信: the unit's template for a campaign (its own, else the nearest unit above's, else the standard text), the
/// letters merged for chosen households, and recording them as a letter contact (a visit of kind Letter).
/// </summary>
public sealed class LetterService(
    ReliefDbContext db,
    ICurrentUser user,
    VisitService visits,
    IValidator<LetterTemplateInput> validator,
    IStringLocalizer<CoreMessages> messages,
    TimeProvider clock)
{
    public const int MaxLetters = VisitInputValidator.MaxHouseholds;

    public async Task<LetterTemplateView> GetTemplateAsync(int campaignId, CancellationToken ct = default)
    {
        var campaign = await CampaignAsync(campaignId, ct);
        var unitId = await visits.DefaultUnitIdAsync(ct);
        // A unit above the user may have written the campaign's letter for every unit below it: the templates of the
        // units above are read outside the scope, by this rule alone.
        var ancestors = UnitScope.AncestorPaths(user.ScopePath);
        var found = await (from t in db.Set<LetterTemplate>().AsNoTracking().OutsideUnitScope()
                           join u in db.OrgUnits on t.OrgUnitId equals u.Id
                           where t.CampaignId == campaignId && (t.OrgUnitId == unitId || ancestors.Contains(u.Path))
                           orderby u.Path.Length descending
                           select new { Template = t, UnitName = u.Name })
            .FirstOrDefaultAsync(ct);
        if (found is not null)
        {
            var own = found.Template.OrgUnitId == unitId;
            return new LetterTemplateView(campaign.Id, campaign.Name, campaign.Status == CampaignStatus.Closed, new LetterTemplateInput
            {
                Greeting = found.Template.Greeting,
                SigningLeader = found.Template.SigningLeader,
                UnionName = found.Template.UnionName,
                Body = found.Template.Body,
                Version = own ? found.Template.Version : null,
            }, own ? LetterTemplateSource.Own : LetterTemplateSource.Inherited, found.UnitName);
        }
        var unitName = await db.OrgUnits.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).FirstOrDefaultAsync(ct) ?? "";
        return new LetterTemplateView(campaign.Id, campaign.Name, campaign.Status == CampaignStatus.Closed, new LetterTemplateInput
        {
            Greeting = messages[$"Letter.Greeting.{campaign.Season}"],
            SigningLeader = messages["Letter.DefaultLeader"],
            UnionName = unitName,
            Body = await StandardBodyAsync(campaign.Id, ct),
        }, LetterTemplateSource.Standard, null);
    }

    /// <summary>Saves the user's unit's own template for the campaign (first save creates it).</summary>
    public async Task<ServiceResult<int>> SaveTemplateAsync(int campaignId, LetterTemplateInput input, CancellationToken ct = default)
    {
        var campaign = await CampaignAsync(campaignId, ct);
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return ServiceResult<int>.Failure(validation);
        if (campaign.Status == CampaignStatus.Closed) return ServiceResult<int>.Failure("", messages["Visit.CampaignClosed"]);

        var unitId = await visits.DefaultUnitIdAsync(ct);
        var template = await db.Set<LetterTemplate>().FirstOrDefaultAsync(t => t.CampaignId == campaignId && t.OrgUnitId == unitId, ct);
        if (template is null)
        {
            // Someone of the unit saved one since this form was loaded from the inherited or standard text.
            if (input.Version is not null) throw new ConcurrencyConflictException();
            template = new LetterTemplate { CampaignId = campaignId, OrgUnitId = unitId, Greeting = "", SigningLeader = "", UnionName = "", Body = "" };
            db.Set<LetterTemplate>().Add(template);
        }
        else
        {
            if (input.Version is not { } version) throw new ConcurrencyConflictException();
            db.Entry(template).Property(t => t.Version).OriginalValue = version;
        }
        template.Greeting = input.Greeting.Trim();
        template.SigningLeader = input.SigningLeader.Trim();
        template.UnionName = input.UnionName.Trim();
        template.Body = input.Body.Trim();
        template.UpdatedBy = user.UserName;
        template.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesOrConflictAsync(ct);
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
        {
            // Two first saves at once: the unique index on (campaign, unit) let one through.
            throw new ConcurrencyConflictException("The template was created by someone else at the same time.", ex);
        }
        return ServiceResult<int>.Success(template.Id);
    }

    /// <summary>The letters for the chosen households in scope, by name, dated <paramref name="date"/>.</summary>
    public async Task<IReadOnlyList<CondolenceLetter>> RenderAsync(int campaignId, IEnumerable<int> householdIds, DateOnly date, CancellationToken ct = default)
    {
        var view = await GetTemplateAsync(campaignId, ct);
        var wanted = householdIds.Distinct().Take(MaxLetters).ToList();
        var households = await db.Households.AsNoTracking().Where(h => wanted.Contains(h.Id))
            .OrderBy(h => h.Name).ThenBy(h => h.Id).Select(h => new { h.Id, h.Name, h.Address }).ToListAsync(ct);
        var t = view.Template;
        var hotline = await db.HotlineOfAsync(campaignId, ct);
        return households.Select(h =>
        {
            var text = LetterMerge.Fill(t.Body, h.Name, view.CampaignName, t.Greeting, t.SigningLeader, t.UnionName,
                hotline?.PhoneNumber ?? "", hotline?.DutyHours ?? "");
            var paragraphs = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return new CondolenceLetter(h.Id, h.Name, h.Address, paragraphs, t.UnionName, t.SigningLeader, date);
        }).ToList();
    }

    /// <summary>Records the printed letters as one letter contact (信函慰问) with the households, through the visit rules.</summary>
    public async Task<ServiceResult<int>> RecordSentAsync(int campaignId, IEnumerable<int> householdIds, DateOnly sentOn, string? outsideCampaignReason, CancellationToken ct = default)
    {
        var view = await GetTemplateAsync(campaignId, ct);
        return await visits.RecordAsync(new VisitInput
        {
            CampaignId = campaignId,
            OrgUnitId = await visits.DefaultUnitIdAsync(ct),
            Kind = VisitKind.Letter,
            VisitedOn = sentOn,
            HouseholdIds = householdIds.Distinct().ToList(),
            Notes = messages["Letter.VisitNote", view.Template.SigningLeader, view.Template.UnionName],
            OutsideCampaignReason = outsideCampaignReason,
        }, ct);
    }

    /// <summary>The standard text; when the campaign publishes a hotline, a line with it goes before the closing wishes.</summary>
    private async Task<string> StandardBodyAsync(int campaignId, CancellationToken ct)
    {
        string body = messages["Letter.DefaultBody"];
        if (await db.HotlineOfAsync(campaignId, ct) is null) return body;
        var lines = body.Split('\n').ToList();
        lines.Insert(Math.Max(0, lines.Count - 1), messages["Letter.DefaultHotlineLine"]);
        return string.Join('\n', lines);
    }

    private async Task<Campaign> CampaignAsync(int campaignId, CancellationToken ct)
    {
        var window = await db.FindVisibleCampaignAsync(campaignId, ct);
        return await db.Campaigns.AsNoTracking().FirstAsync(c => c.Id == window.Id, ct);
    }
}
