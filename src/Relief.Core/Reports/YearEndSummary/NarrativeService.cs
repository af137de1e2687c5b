using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;

namespace Relief.Core.Reports.YearEndSummary;

/// <summary>
/// The narrative of a campaign's year-end summary: the shipped default per language until a Chair saves the union's
/// own text. Every save is a new version; a save based on an older version than the newest is a conflict.
/// The narrative may still be edited after the campaign closes: it is the report about the campaign, not its data.
/// </summary>
public sealed class NarrativeService(ReliefDbContext db, ICurrentUser user, IStringLocalizer<CoreMessages> messages, TimeProvider clock)
{
    public static readonly IReadOnlyList<string> Cultures = ["zh-CN", "en"];

    public async Task<NarrativeVersion> GetAsync(int campaignId, string culture, CancellationToken ct = default)
    {
        await EnsureCampaignInScopeAsync(campaignId, ct);
        var latest = await db.SummaryNarratives.AsNoTracking()
            .Where(n => n.CampaignId == campaignId && n.Culture == Normalize(culture))
            .OrderByDescending(n => n.Number)
            .Select(n => new NarrativeVersion(n.Text, n.Number, n.SavedBy, n.SavedAt))
            .FirstOrDefaultAsync(ct);
        return latest ?? new NarrativeVersion(DefaultNarrative.For(Normalize(culture)), 0, null, null);
    }

    public async Task<IReadOnlyList<NarrativeVersion>> HistoryAsync(int campaignId, string culture, CancellationToken ct = default)
    {
        await EnsureCampaignInScopeAsync(campaignId, ct);
        return await db.SummaryNarratives.AsNoTracking()
            .Where(n => n.CampaignId == campaignId && n.Culture == Normalize(culture))
            .OrderByDescending(n => n.Number)
            .Select(n => new NarrativeVersion(n.Text, n.Number, n.SavedBy, n.SavedAt))
            .ToListAsync(ct);
    }

    /// <summary>
    /// The narrative the same organizer saved for its previous campaign of the same season, in this language: a new
    /// season starts from last season's wording, and its placeholders fill with this season's figures. Null when none.
    /// </summary>
    public async Task<PreviousNarrative?> PreviousAsync(int campaignId, string culture, CancellationToken ct = default)
    {
        await EnsureCampaignInScopeAsync(campaignId, ct);
        var normalized = Normalize(culture);
        var current = await db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId).Select(c => new { c.OrgUnitId, c.Season, c.StartsOn }).FirstAsync(ct);
        var saved = db.SummaryNarratives.AsNoTracking().Where(n => n.Culture == normalized);
        return await db.Campaigns.AsNoTracking()
            .Where(c => c.OrgUnitId == current.OrgUnitId && c.Season == current.Season && c.StartsOn < current.StartsOn && saved.Any(n => n.CampaignId == c.Id))
            .OrderByDescending(c => c.StartsOn)
            .Select(c => new PreviousNarrative(c.Id, c.Name, saved.Where(n => n.CampaignId == c.Id).OrderByDescending(n => n.Number).Select(n => n.Text).First()))
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>Saves a new version. Refused for anyone but a Chair, for unknown placeholders, and when someone saved since <paramref name="basedOn"/>.</summary>
    public async Task<ServiceResult<int>> SaveAsync(int campaignId, string culture, string text, int basedOn, CancellationToken ct = default)
    {
        user.Require(Permission.Decide);
        await EnsureCampaignInScopeAsync(campaignId, ct);
        if (string.IsNullOrWhiteSpace(text)) return ServiceResult<int>.Failure(nameof(text), messages["Narrative.Empty"]);
        if (text.Length > SummaryNarrativeConfiguration.MaxTextLength)
            return ServiceResult<int>.Failure(nameof(text), messages["Narrative.TooLong", SummaryNarrativeConfiguration.MaxTextLength]);
        var unknown = NarrativeTemplate.Unknown(text);
        if (unknown.Count > 0)
            return ServiceResult<int>.Failure(new ValidationResult(unknown.Select(name =>
                new ValidationFailure(nameof(text), messages["Narrative.UnknownPlaceholder", name]))));

        var normalized = Normalize(culture);
        var latest = await db.SummaryNarratives.Where(n => n.CampaignId == campaignId && n.Culture == normalized).MaxAsync(n => (int?)n.Number, ct) ?? 0;
        if (latest != basedOn) throw new ConcurrencyConflictException();

        db.SummaryNarratives.Add(new SummaryNarrative
        {
            CampaignId = campaignId,
            Culture = normalized,
            Number = latest + 1,
            Text = text.Trim(),
            SavedBy = user.UserName,
            SavedAt = clock.GetUtcNow().UtcDateTime,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex)
        {
            // The unique (campaign, culture, number) index: another Chair saved the same next version a moment ago.
            throw new ConcurrencyConflictException("Another version was saved at the same time.", ex);
        }
        return ServiceResult<int>.Success(latest + 1);
    }

    private async Task EnsureCampaignInScopeAsync(int campaignId, CancellationToken ct)
    {
        var scope = user.ScopePath;
        // A campaign is the organizing unit's: visible to that unit's tree and to the units above it.
        var visible = await db.Campaigns.AnyAsync(c => c.Id == campaignId
            && db.OrgUnits.Any(u => u.Id == c.OrgUnitId && (u.Path.StartsWith(scope) || scope.StartsWith(u.Path))), ct);
        if (!visible) throw new NotFoundException();
    }

    private static string Normalize(string culture) => culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh-CN" : "en";
}
