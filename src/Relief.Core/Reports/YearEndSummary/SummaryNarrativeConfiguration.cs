using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relief.Core.Common;
using Relief.Core.Features.Campaigns;

namespace Relief.Core.Reports.YearEndSummary;

public sealed class SummaryNarrativeConfiguration : IEntityTypeConfiguration<SummaryNarrative>
{
    public const int MaxTextLength = 20000;

    public void Configure(EntityTypeBuilder<SummaryNarrative> builder)
    {
        builder.Property(n => n.Culture).HasMaxLength(10);
        builder.Property(n => n.Text).HasMaxLength(MaxTextLength);
        builder.Property(n => n.SavedBy).HasMaxLength(FieldLengths.UserName);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(n => n.CampaignId).OnDelete(DeleteBehavior.Restrict);
        // Two Chairs saving at once both get a number; the unique index refuses the second, which then retries.
        builder.HasIndex(n => new { n.CampaignId, n.Culture, n.Number }).IsUnique();
    }
}
