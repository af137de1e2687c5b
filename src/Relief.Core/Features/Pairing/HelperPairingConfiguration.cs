using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Campaigns;

namespace Relief.Core.Features.Pairing;

public sealed class HelperPairingConfiguration : IEntityTypeConfiguration<HelperPairing>
{
    public void Configure(EntityTypeBuilder<HelperPairing> builder)
    {
        builder.Property(p => p.HelperUserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(p => p.HelperName).HasMaxLength(FieldLengths.Name);
        builder.Property(p => p.HelperTitle).HasMaxLength(FieldLengths.Name);
        builder.Property(p => p.HelperWorkplace).HasMaxLength(FieldLengths.Title);
        builder.Property(p => p.Notes).HasMaxLength(FieldLengths.Notes);
        builder.Property(p => p.CreatedBy).HasMaxLength(FieldLengths.UserName);
        builder.HasOne(p => p.OrgUnit).WithMany().HasForeignKey(p => p.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Households).WithOne().HasForeignKey(h => h.PairingId).OnDelete(DeleteBehavior.Cascade);
        // Help on record is never deleted with its pairing (and SQL Server allows one cascade path only).
        builder.HasMany(p => p.HelpRecords).WithOne().HasForeignKey(r => r.PairingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.CampaignId, p.Year });
        builder.HasIndex(p => new { p.OrgUnitId, p.Year });
        builder.HasVersion();
    }
}
