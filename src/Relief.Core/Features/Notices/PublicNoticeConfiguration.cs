using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Campaigns;

namespace Relief.Core.Features.Notices;

public sealed class PublicNoticeConfiguration : IEntityTypeConfiguration<PublicNotice>
{
    public void Configure(EntityTypeBuilder<PublicNotice> builder)
    {
        builder.Property(n => n.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(n => n.Location).HasMaxLength(FieldLengths.Title);
        builder.Property(n => n.ObjectionContact).HasMaxLength(FieldLengths.ShortText);
        builder.Property(n => n.EnteredLateReason).HasMaxLength(FieldLengths.ShortText);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(n => n.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(n => n.OrgUnit).WithMany().HasForeignKey(n => n.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(n => n.Items).WithOne().HasForeignKey(i => i.PublicNoticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(n => n.Objections).WithOne(o => o.PublicNotice).HasForeignKey(o => o.PublicNoticeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => new { n.CampaignId, n.Status });
        builder.HasVersion();
    }
}
