using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;

namespace Relief.Core.Features.Surveys;

public sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> builder)
    {
        builder.Property(s => s.Surveyors).HasMaxLength(FieldLengths.ShortText);
        builder.Property(s => s.Findings).HasMaxLength(FieldLengths.LongText);
        builder.Property(s => s.Causes).HasMaxLength(FieldLengths.ShortText);
        builder.Property(s => s.PerCapitaIncome).IsMoney();
        builder.Property(s => s.CreatedBy).HasMaxLength(FieldLengths.UserName);
        builder.PrimitiveCollection(s => s.RecommendedCategories);
        builder.HasOne(s => s.Household).WithMany().HasForeignKey(s => s.HouseholdId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(s => s.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(s => s.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.HouseholdId, s.SurveyedOn });
        // The dashboard's surveyed households: a campaign's surveys (or those without one) household by household,
        // with the date and unit in the index, so counting them reads nothing else.
        builder.HasIndex(s => new { s.CampaignId, s.HouseholdId, s.SurveyedOn, s.OrgUnitId });
        builder.HasVersion();
    }
}
