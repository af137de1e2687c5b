using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relief.Core.Common;
using Relief.Core.Data;

namespace Relief.Core.Features.Campaigns;

public sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(FieldLengths.Title);
        builder.Property(c => c.Theme).HasMaxLength(FieldLengths.ShortText);
        builder.Property(c => c.DirectiveReference).HasMaxLength(FieldLengths.Reference);
        builder.Property(c => c.DirectiveTitle).HasMaxLength(FieldLengths.ShortText);
        builder.Property(c => c.ReportAuthor).HasMaxLength(FieldLengths.Name);
        builder.HasOne(c => c.OrgUnit).WithMany().HasForeignKey(c => c.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Standards).WithOne().HasForeignKey(s => s.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Quotas).WithOne().HasForeignKey(q => q.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.FundSources).WithOne(f => f.Campaign).HasForeignKey(f => f.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.Year, c.Season });
        builder.HasVersion();
    }
}
