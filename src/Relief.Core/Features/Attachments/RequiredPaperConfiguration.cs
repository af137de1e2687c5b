using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relief.Core.Features.Grants;

namespace Relief.Core.Features.Attachments;

public sealed class RequiredPaperConfiguration : IEntityTypeConfiguration<RequiredPaper>
{
    public void Configure(EntityTypeBuilder<RequiredPaper> builder)
    {
        builder.HasOne(p => p.AttachmentKind).WithMany().HasForeignKey(p => p.AttachmentKindId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.AttachmentKindId, p.Category, p.GrantKind }).IsUnique();
        // The defaults: every file needs the application and the economic-check authorization; serious
        // illness aid needs the diagnosis and the receipts; student aid needs the admission or enrolment proof.
        builder.HasData(
            new RequiredPaper { Id = 1, AttachmentKindId = AttachmentKinds.Application },
            new RequiredPaper { Id = 2, AttachmentKindId = AttachmentKinds.EconomicCheckAuthorization },
            new RequiredPaper { Id = 3, AttachmentKindId = AttachmentKinds.Diagnosis, GrantKind = GrantKind.SeriousIllnessAid },
            new RequiredPaper { Id = 4, AttachmentKindId = AttachmentKinds.MedicalReceipts, GrantKind = GrantKind.SeriousIllnessAid },
            new RequiredPaper { Id = 5, AttachmentKindId = AttachmentKinds.EnrolmentProof, GrantKind = GrantKind.StudentAid });
    }
}
