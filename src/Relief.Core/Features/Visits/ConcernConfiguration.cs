using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;

namespace Relief.Core.Features.Visits;

public sealed class ConcernConfiguration : IEntityTypeConfiguration<Concern>
{
    public void Configure(EntityTypeBuilder<Concern> builder)
    {
        builder.Property(c => c.Description).HasMaxLength(FieldLengths.LongText);
        builder.Property(c => c.OwnerUserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(c => c.OwnerName).HasMaxLength(FieldLengths.Name);
        builder.Property(c => c.Resolution).HasMaxLength(FieldLengths.LongText);
        builder.HasOne(c => c.Household).WithMany().HasForeignKey(c => c.HouseholdId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(c => c.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Visit>().WithMany().HasForeignKey(c => c.VisitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(c => c.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.Status, c.DueOn });
        builder.HasIndex(c => c.HouseholdId);
        builder.HasVersion();
    }
}
