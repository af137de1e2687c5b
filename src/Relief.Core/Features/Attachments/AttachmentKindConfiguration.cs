using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relief.Core.Common;

namespace Relief.Core.Features.Attachments;

public sealed class AttachmentKindConfiguration : IEntityTypeConfiguration<AttachmentKind>
{
    public void Configure(EntityTypeBuilder<AttachmentKind> builder)
    {
        builder.Property(k => k.Name).HasMaxLength(FieldLengths.Name);
        builder.Property(k => k.EnglishName).HasMaxLength(FieldLengths.Name);
        builder.HasIndex(k => k.Name).IsUnique();
        builder.HasData(AttachmentKinds.Defaults.Select(k => new AttachmentKind { Id = k.Id, Name = k.Name, EnglishName = k.EnglishName, SortOrder = k.SortOrder }));
    }
}
