using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relief.Core.Common;
using Relief.Core.Data;

namespace Relief.Core.Features.Campaigns;

public sealed class FundSourceConfiguration : IEntityTypeConfiguration<FundSource>
{
    public void Configure(EntityTypeBuilder<FundSource> builder)
    {
        builder.Property(f => f.Name).HasMaxLength(FieldLengths.Title);
        builder.Property(f => f.Donor).HasMaxLength(FieldLengths.Title);
        builder.Property(f => f.Note).HasMaxLength(FieldLengths.ShortText);
        builder.Property(f => f.Amount).IsMoney();
        builder.Property(f => f.Committed).IsMoney();
        builder.Property(f => f.Spent).IsMoney();
        builder.Ignore(f => f.Balance);
        builder.HasVersion();
    }
}
