using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relief.Core.Common;
using Relief.Core.Features.Attachments;
using Relief.Core.Features.Campaigns;

namespace Relief.Core.Reports.YearEndSummary.Photos;

public sealed class SummaryPhotoConfiguration : IEntityTypeConfiguration<SummaryPhoto>
{
    public void Configure(EntityTypeBuilder<SummaryPhoto> builder)
    {
        builder.Property(p => p.Caption).HasMaxLength(SummaryPhotoRules.MaxCaptionLength);
        builder.Property(p => p.ChosenBy).HasMaxLength(FieldLengths.UserName);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Attachment>().WithMany().HasForeignKey(p => p.AttachmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.CampaignId, p.AttachmentId }).IsUnique();
    }
}
