using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relief.Core.Data;

namespace Relief.Core.Features.Campaigns;

public sealed class CampaignQuotaConfiguration : IEntityTypeConfiguration<CampaignQuota>
{
    public void Configure(EntityTypeBuilder<CampaignQuota> builder)
    {
        builder.Property(q => q.Amount).IsMoney();
        builder.HasOne(q => q.OrgUnit).WithMany().HasForeignKey(q => q.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(q => new { q.CampaignId, q.OrgUnitId }).IsUnique();
    }
}
