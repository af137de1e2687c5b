using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relief.Core.Common;
using Relief.Core.Data;

namespace Relief.Core.Features.Notices;

public sealed class NoticeItemConfiguration : IEntityTypeConfiguration<NoticeItem>
{
    public void Configure(EntityTypeBuilder<NoticeItem> builder)
    {
        builder.Property(i => i.HouseholdName).HasMaxLength(FieldLengths.Name);
        builder.Property(i => i.UnitName).HasMaxLength(FieldLengths.Title);
        builder.Property(i => i.Amount).IsMoney();
        builder.HasOne(i => i.Grant).WithMany().HasForeignKey(i => i.GrantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.PublicNoticeId, i.GrantId }).IsUnique();
        // A grant's notice lines with their notice and amount, read from the index alone: the year-end summary goes from
        // a campaign's grants to the notices they stood on (people noticed, notice batches) without touching the lines.
        builder.HasIndex(i => new { i.GrantId, i.PublicNoticeId, i.Amount });
    }
}
