using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Relief.Core.Features.Pairing;

public sealed class PairedHouseholdConfiguration : IEntityTypeConfiguration<PairedHousehold>
{
    public void Configure(EntityTypeBuilder<PairedHousehold> builder)
    {
        builder.HasKey(h => new { h.PairingId, h.HouseholdId });
        builder.HasOne(h => h.Household).WithMany().HasForeignKey(h => h.HouseholdId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(h => h.HouseholdId);
    }
}
