using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;

namespace Relief.Core.Reports.YearEndSummary;

/// <summary>
/// The summary's header, kept on the campaign: set by a Chair of the organizing unit or a unit above it, audited like
/// every change, guarded by the campaign's version. It may still be set once the campaign is closed: the report is
/// written after the work, and the header is the report's, not the campaign's data.
/// </summary>
public sealed class ReportHeaderService(
    ReliefDbContext db, ICurrentUser user, IValidator<ReportHeaderInput> validator, IStringLocalizer<CoreMessages> messages)
{
    public async Task<ReportHeaderInput> GetForEditAsync(int campaignId, CancellationToken ct = default)
    {
        var campaign = await Organized().AsNoTracking().FirstOrDefaultAsync(c => c.Id == campaignId, ct) ?? throw new NotFoundException();
        return new ReportHeaderInput
        {
            Author = campaign.ReportAuthor,
            WrittenOn = campaign.ReportDate,
            DirectiveReference = campaign.DirectiveReference,
            DirectiveTitle = campaign.DirectiveTitle,
            Version = campaign.Version,
        };
    }

    /// <summary>Whether the reader may set the header of this campaign (the page shows the form only then).</summary>
    public async Task<bool> MayEditAsync(int campaignId, CancellationToken ct = default) =>
        user.May(Permission.Decide) && await Organized().AnyAsync(c => c.Id == campaignId, ct);

    public async Task<ServiceResult<int>> SaveAsync(int campaignId, ReportHeaderInput input, CancellationToken ct = default)
    {
        user.Require(Permission.Decide);
        var campaign = await Organized().FirstOrDefaultAsync(c => c.Id == campaignId, ct) ?? throw new NotFoundException();
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return ServiceResult<int>.Failure(validation);
        if (input.WrittenOn is { } date && date < campaign.StartsOn)
            return ServiceResult<int>.Failure(nameof(input.WrittenOn), messages["ReportHeader.DateBeforeCampaign", Formats.Date(campaign.StartsOn)]);

        db.Entry(campaign).Property(c => c.Version).OriginalValue = input.Version;
        campaign.ReportAuthor = input.Author.TrimmedOrNull();
        campaign.ReportDate = input.WrittenOn;
        campaign.DirectiveReference = input.DirectiveReference.TrimmedOrNull();
        campaign.DirectiveTitle = input.DirectiveTitle.TrimmedOrNull();
        // The row is written even when nothing changed, so the version check runs and a stale form is told.
        db.Entry(campaign).Property(c => c.ReportAuthor).IsModified = true;
        await db.SaveChangesOrConflictAsync(ct);
        return ServiceResult<int>.Success(campaign.Id);
    }

    /// <summary>Campaigns organized by the reader's unit or a unit below it: a branch does not rewrite its parent's report.</summary>
    private IQueryable<Campaign> Organized()
    {
        var scope = user.ScopePath;
        return db.Campaigns.Where(c => c.OrgUnit!.Path.StartsWith(scope));
    }
}
