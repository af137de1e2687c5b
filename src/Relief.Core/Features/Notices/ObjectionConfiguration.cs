using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Grants;

namespace Relief.Core.Features.Notices;

public sealed class ObjectionConfiguration : IEntityTypeConfiguration<Objection>
{
    public void Configure(EntityTypeBuilder<Objection> builder)
    {
        builder.Property(o => o.RaisedBy).HasMaxLength(FieldLengths.Name);
        builder.Property(o => o.Content).HasMaxLength(FieldLengths.LongText);
        builder.Property(o => o.Handling).HasMaxLength(FieldLengths.LongText);
        builder.Property(o => o.HandledBy).HasMaxLength(FieldLengths.UserName);
        builder.HasOne<Grant>().WithMany().HasForeignKey(o => o.GrantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.GrantId, o.Outcome });
        builder.HasVersion();
    }
}
