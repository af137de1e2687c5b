using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Visits;

namespace Relief.Core.Features.Hotline;

public sealed class HotlineCallConfiguration : IEntityTypeConfiguration<HotlineCall>
{
    public void Configure(EntityTypeBuilder<HotlineCall> builder)
    {
        builder.Property(c => c.CallerName).HasMaxLength(FieldLengths.Name);
        builder.Property(c => c.CallerPhone).HasMaxLength(FieldLengths.Phone);
        builder.Property(c => c.Question).HasMaxLength(FieldLengths.LongText);
        builder.Property(c => c.TakenByUserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(c => c.TakenByName).HasMaxLength(FieldLengths.Name);
        builder.Property(c => c.OutcomeNote).HasMaxLength(FieldLengths.LongText);
        builder.Property(c => c.CreatedBy).HasMaxLength(FieldLengths.UserName);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(c => c.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(c => c.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Household).WithMany().HasForeignKey(c => c.HouseholdId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Concern>().WithMany().HasForeignKey(c => c.ConcernId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Grant>().WithMany().HasForeignKey(c => c.GrantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.CampaignId, c.CalledAt });
        // One call becomes at most one concern and one application, and each of those comes from at most one call.
        builder.HasIndex(c => c.ConcernId).IsUnique();
        builder.HasIndex(c => c.GrantId).IsUnique();
        builder.HasIndex(c => c.HouseholdId);
        builder.HasVersion();
    }
}
