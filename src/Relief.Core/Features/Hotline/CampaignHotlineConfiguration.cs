using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Campaigns;

namespace Relief.Core.Features.Hotline;

public sealed class CampaignHotlineConfiguration : IEntityTypeConfiguration<CampaignHotline>
{
    public void Configure(EntityTypeBuilder<CampaignHotline> builder)
    {
        builder.Property(h => h.PhoneNumber).HasMaxLength(FieldLengths.Name);
        builder.Property(h => h.DutyHours).HasMaxLength(FieldLengths.Name);
        builder.Property(h => h.UpdatedBy).HasMaxLength(FieldLengths.UserName);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(h => h.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(h => h.CampaignId).IsUnique();
        builder.HasVersion();
    }
}
