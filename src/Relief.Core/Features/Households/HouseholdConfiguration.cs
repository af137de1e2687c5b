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
        builder.Property(h => h.IdNumberLastFour).HasMaxLength(FieldLengths.IdNumberLastFour);
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
        // Extreme-hardship files (the year-end summary): the on-file count reads this index alone, and the households
        // paid at that level are found from the 16% of files at it instead of from every paid grant.
        builder.HasIndex(h => new { h.Level, h.Status, h.OrgUnitId });
        // The list's region filter (with or without "remote"): a province's 546 files of a region and not all 200,000.
        builder.HasIndex(h => new { h.Region, h.IsRemote });
        // Name search reads every name (a part of one can be anywhere in it): the unit and status ride along in the
        // index, so the scope and "not closed" are checked there too, without reading 200,000 files.
        builder.HasIndex(h => new { h.Name, h.OrgUnitId, h.Status });
        // Search by the last four characters of the ID number: a look-up, not a scan (never the plain number).
        builder.HasIndex(h => h.IdNumberLastFour);

        builder.HasOne(h => h.OrgUnit).WithMany().HasForeignKey(h => h.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(h => h.Categories).WithOne().HasForeignKey(c => c.HouseholdId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(h => h.Members).WithOne().HasForeignKey(m => m.HouseholdId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(h => h.StatusHistory).WithOne().HasForeignKey(s => s.HouseholdId).OnDelete(DeleteBehavior.Cascade);
        builder.HasVersion();
    }
}
