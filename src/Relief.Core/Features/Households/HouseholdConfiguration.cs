using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relief.Core.Common;
using Relief.Core.Data;

namespace Relief.Core.Features.Households;

public sealed class HouseholdConfiguration : IEntityTypeConfiguration<Household>
{
    public void Configure(EntityTypeBuilder<Household> builder)
    {
        builder.Property(h => h.Name).HasMaxLength(FieldLengths.Name);
        builder.Property(h => h.IdNumberCipher).HasMaxLength(FieldLengths.IdNumberCipher).IsSensitive();
        builder.Property(h => h.IdNumberHash).HasMaxLength(FieldLengths.IdNumberHash).IsSensitive();
        builder.Property(h => h.IdNumberMasked).HasMaxLength(FieldLengths.IdNumberMasked);
        builder.Property(h => h.Workplace).HasMaxLength(FieldLengths.Title);
        builder.Property(h => h.Phone).HasMaxLength(FieldLengths.Phone);
        builder.Property(h => h.Address).HasMaxLength(FieldLengths.Address);
        builder.Property(h => h.Region).HasMaxLength(FieldLengths.Region);
        builder.Property(h => h.Causes).HasMaxLength(FieldLengths.ShortText);
        builder.Property(h => h.IllnessDetails).HasMaxLength(FieldLengths.LongText).IsSensitive();
        builder.Property(h => h.PerCapitaIncome).IsMoney();

        // One file per person in the whole system (一户一档).
        builder.HasIndex(h => h.IdNumberHash).IsUnique();
        builder.HasIndex(h => new { h.OrgUnitId, h.Status });
        builder.HasIndex(h => h.Name);

        builder.HasOne(h => h.OrgUnit).WithMany().HasForeignKey(h => h.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(h => h.Categories).WithOne().HasForeignKey(c => c.HouseholdId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(h => h.Members).WithOne().HasForeignKey(m => m.HouseholdId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(h => h.StatusHistory).WithOne().HasForeignKey(s => s.HouseholdId).OnDelete(DeleteBehavior.Cascade);
        builder.HasVersion();
    }
}
