using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;

namespace Relief.Core.Features.Campaigns;

/// <summary>
/// A campaign's earmarked money (专款专用): sources with raised, committed, spent and balance, new sources and
/// donations recorded against an existing campaign. Committed and spent move only through approvals and payments.
/// </summary>
public sealed class FundSourceService(
    ReliefDbContext db,
    CampaignAccess access,
    IValidator<FundSourceInput> validator,
    IStringLocalizer<CoreMessages> messages)
{
    public async Task<IReadOnlyList<FundSourceLine>> ListAsync(int campaignId, CancellationToken ct = default)
    {
        await access.FindAsync(campaignId, ct);
        return await db.FundSources.AsNoTracking().Where(f => f.CampaignId == campaignId)
            .OrderBy(f => f.Kind).ThenBy(f => f.Id)
            .Select(f => new FundSourceLine(f.Id, f.Kind, f.Name, f.Donor, f.ReceivedOn, f.Note,
                f.Amount, f.Committed, f.Spent, f.Amount - f.Committed - f.Spent, f.Version))
            .ToListAsync(ct);
    }

    public async Task<FundSourceInput> GetForEditAsync(int id, CancellationToken ct = default)
    {
        var fund = await VisibleFunds().AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct) ?? throw new NotFoundException();
        return new FundSourceInput
        {
            Kind = fund.Kind, Name = fund.Name, Donor = fund.Donor, Amount = fund.Amount, ReceivedOn = fund.ReceivedOn, Note = fund.Note, Version = fund.Version,
        };
    }

    public async Task<ServiceResult<int>> AddAsync(int campaignId, FundSourceInput input, CancellationToken ct = default)
    {
        if (await access.OrganizerRefusalAsync(campaignId, ct) is { } refusal) return ServiceResult<int>.Failure("", refusal);
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return ServiceResult<int>.Failure(validation);

        var fund = new FundSource { CampaignId = campaignId, Name = input.Name.Trim() };
        Copy(fund, input);
        db.FundSources.Add(fund);
        await db.SaveChangesAsync(ct);
        return ServiceResult<int>.Success(fund.Id);
    }

    /// <summary>社会捐赠 received during the campaign: a new source of kind Donation, the donor required.</summary>
    public Task<ServiceResult<int>> RecordDonationAsync(int campaignId, FundSourceInput input, CancellationToken ct = default) =>
        AddAsync(campaignId, input with { Kind = FundSourceKind.Donation }, ct);

    /// <summary>Corrects a source; its amount may never drop below what is already committed and spent from it.</summary>
    public async Task<ServiceResult<int>> UpdateAsync(int id, FundSourceInput input, CancellationToken ct = default)
    {
        var fund = await VisibleFunds().FirstOrDefaultAsync(f => f.Id == id, ct) ?? throw new NotFoundException();
        if (await access.OrganizerRefusalAsync(fund.CampaignId, ct) is { } refusal) return ServiceResult<int>.Failure("", refusal);
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return ServiceResult<int>.Failure(validation);
        if (input.Amount < fund.Committed + fund.Spent)
            return ServiceResult<int>.Failure(nameof(input.Amount), messages["Fund.BelowCharged", Formats.Amount(fund.Committed + fund.Spent)]);

        db.Entry(fund).Property(f => f.Version).OriginalValue = input.Version;
        fund.Name = input.Name.Trim();
        Copy(fund, input);
        db.Entry(fund).Property(f => f.Name).IsModified = true;
        await db.SaveChangesOrConflictAsync(ct);
        return ServiceResult<int>.Success(fund.Id);
    }

    private IQueryable<FundSource> VisibleFunds()
    {
        var visible = db.Campaigns;
        return db.FundSources.Where(f => visible.Any(c => c.Id == f.CampaignId));
    }

    private static void Copy(FundSource fund, FundSourceInput input)
    {
        fund.Kind = input.Kind;
        fund.Donor = string.IsNullOrWhiteSpace(input.Donor) ? null : input.Donor.Trim();
        fund.Amount = input.Amount;
        fund.ReceivedOn = input.ReceivedOn;
        fund.Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
    }
}
