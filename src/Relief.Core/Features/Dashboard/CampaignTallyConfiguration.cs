using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Campaigns;

namespace Relief.Core.Features.Dashboard;

public sealed class CampaignTallyConfiguration : IEntityTypeConfiguration<CampaignTally>
{
    public void Configure(EntityTypeBuilder<CampaignTally> builder)
    {
        builder.Property(t => t.Scope).HasMaxLength(FieldLengths.UnitPath);
        builder.Property(t => t.Amount).IsMoney();
        // One row per key; the dashboard reads one scope's rows of one campaign through it.
        builder.HasIndex(t => new { t.CampaignId, t.Scope, t.Measure, t.Status, t.Category, t.Kind }).IsUnique();
        // The per-unit lines of a whole subtree (by applying unit).
        builder.HasIndex(t => new { t.CampaignId, t.Measure, t.Scope });
        builder.HasOne<Campaign>().WithMany().HasForeignKey(t => t.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}
