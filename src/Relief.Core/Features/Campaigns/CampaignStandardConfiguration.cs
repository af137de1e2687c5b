using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relief.Core.Data;

namespace Relief.Core.Features.Campaigns;

public sealed class CampaignStandardConfiguration : IEntityTypeConfiguration<CampaignStandard>
{
    public void Configure(EntityTypeBuilder<CampaignStandard> builder)
    {
        builder.Property(s => s.Amount).IsMoney();
        builder.HasIndex(s => new { s.CampaignId, s.Category, s.Kind }).IsUnique();
    }
}
