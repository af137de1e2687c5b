using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Campaigns;

namespace Relief.Core.Features.ServiceEvents;

public sealed class ServiceEventConfiguration : IEntityTypeConfiguration<ServiceEvent>
{
    public void Configure(EntityTypeBuilder<ServiceEvent> builder)
    {
        builder.Property(e => e.Title).HasMaxLength(FieldLengths.ShortText);
        builder.Property(e => e.Place).HasMaxLength(FieldLengths.ShortText);
        builder.Property(e => e.Partners).HasMaxLength(FieldLengths.ShortText);
        builder.Property(e => e.Notes).HasMaxLength(FieldLengths.Notes);
        builder.Property(e => e.CreatedBy).HasMaxLength(FieldLengths.UserName);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(e => e.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.OrgUnit).WithMany().HasForeignKey(e => e.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Households).WithOne().HasForeignKey(h => h.ServiceEventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.CampaignId, e.HeldOn });
        builder.HasIndex(e => new { e.OrgUnitId, e.HeldOn });
        builder.HasVersion();
    }
}
