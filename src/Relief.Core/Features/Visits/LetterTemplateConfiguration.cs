using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;

namespace Relief.Core.Features.Visits;

public sealed class LetterTemplateConfiguration : IEntityTypeConfiguration<LetterTemplate>
{
    public void Configure(EntityTypeBuilder<LetterTemplate> builder)
    {
        builder.ToTable("LetterTemplates");
        builder.Property(t => t.Greeting).HasMaxLength(FieldLengths.ShortText);
        builder.Property(t => t.SigningLeader).HasMaxLength(FieldLengths.Title);
        builder.Property(t => t.UnionName).HasMaxLength(FieldLengths.Title);
        builder.Property(t => t.Body).HasMaxLength(FieldLengths.Notes);
        builder.Property(t => t.UpdatedBy).HasMaxLength(FieldLengths.UserName);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(t => t.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(t => t.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.CampaignId, t.OrgUnitId }).IsUnique();
        builder.HasVersion();
    }
}
