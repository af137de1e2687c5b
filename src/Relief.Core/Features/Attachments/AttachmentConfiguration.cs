using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;
using Relief.Core.Features.Visits;

namespace Relief.Core.Features.Attachments;

public sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.Property(a => a.Note).HasMaxLength(FieldLengths.ShortText);
        builder.Property(a => a.FileName).HasMaxLength(FieldLengths.ShortText);
        builder.Property(a => a.MediaType).HasMaxLength(FieldLengths.Name);
        builder.Property(a => a.ContentHash).HasMaxLength(AttachmentLimits.HashLength);
        builder.Property(a => a.ThumbnailHash).HasMaxLength(AttachmentLimits.HashLength);
        builder.Property(a => a.SourceHash).HasMaxLength(AttachmentLimits.HashLength);
        builder.Property(a => a.AddedBy).HasMaxLength(FieldLengths.UserName);
        builder.Property(a => a.DeletedBy).HasMaxLength(FieldLengths.UserName);
        builder.Property(a => a.DeletionReason).HasMaxLength(FieldLengths.ShortText);
        builder.Ignore(a => a.IsDeleted);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(a => a.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Household>().WithMany().HasForeignKey(a => a.HouseholdId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Grant>().WithMany().HasForeignKey(a => a.GrantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Visit>().WithMany().HasForeignKey(a => a.VisitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Kind).WithMany().HasForeignKey(a => a.KindId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.HouseholdId);
        builder.HasIndex(a => a.GrantId);
        builder.HasIndex(a => a.VisitId);
        // A retried upload finds its first try by this id; two tries racing each other meet here.
        builder.HasIndex(a => a.ClientUploadId).IsUnique();
        // The orphan sweep asks, for each stored file, whether any row still points at it.
        builder.HasIndex(a => a.ContentHash);
        builder.HasIndex(a => a.ThumbnailHash);
        builder.HasVersion();
    }
}
