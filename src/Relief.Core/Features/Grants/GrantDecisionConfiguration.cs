using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relief.Core.Common;
using Relief.Core.Data;

namespace Relief.Core.Features.Grants;

public sealed class GrantDecisionConfiguration : IEntityTypeConfiguration<GrantDecision>
{
    public void Configure(EntityTypeBuilder<GrantDecision> builder)
    {
        builder.Property(d => d.ApprovedAmount).IsMoney();
        builder.Property(d => d.Reason).HasMaxLength(FieldLengths.ShortText);
        builder.Property(d => d.MissingPapers).HasMaxLength(FieldLengths.ShortText);
        builder.Property(d => d.DecidedBy).HasMaxLength(FieldLengths.UserName);
        builder.HasOne(d => d.Grant).WithMany().HasForeignKey(d => d.GrantId).OnDelete(DeleteBehavior.Restrict);
        // One decision per grant per meeting; a grant re-decided after an upheld objection gets a new meeting.
        builder.HasIndex(d => new { d.CommitteeMeetingId, d.GrantId }).IsUnique();
    }
}
