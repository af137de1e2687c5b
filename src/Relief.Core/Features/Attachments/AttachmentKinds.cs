namespace Relief.Core.Features.Attachments;

/// <summary>The ids of the kinds the database starts with, for the required-paper defaults, visits and the demo data.</summary>
public static class AttachmentKinds
{
    public const int Application = 1;
    public const int EconomicCheckAuthorization = 2;
    public const int Diagnosis = 3;
    public const int MedicalReceipts = 4;
    public const int SubsistenceCertificate = 5;
    public const int DisabilityCertificate = 6;
    public const int EnrolmentProof = 7;
    public const int VisitPhoto = 8;
    public const int Other = 9;

    /// <summary>Kinds an administrator adds get ids above these.</summary>
    public static readonly IReadOnlyList<AttachmentKind> Defaults =
    [
        new() { Id = Application, Name = "申请书", EnglishName = "Application form", SortOrder = 10 },
        new() { Id = EconomicCheckAuthorization, Name = "授权委托书", EnglishName = "Economic check authorization", SortOrder = 20 },
        new() { Id = Diagnosis, Name = "诊断证明", EnglishName = "Medical diagnosis", SortOrder = 30 },
        new() { Id = MedicalReceipts, Name = "医疗费用票据", EnglishName = "Medical receipts", SortOrder = 40 },
        new() { Id = SubsistenceCertificate, Name = "低保证/特困证明", EnglishName = "Subsistence allowance certificate", SortOrder = 50 },
        new() { Id = DisabilityCertificate, Name = "残疾证", EnglishName = "Disability certificate", SortOrder = 60 },
        new() { Id = EnrolmentProof, Name = "录取通知书/学籍证明", EnglishName = "Admission letter / enrolment proof", SortOrder = 70 },
        new() { Id = VisitPhoto, Name = "走访照片", EnglishName = "Visit photo", SortOrder = 80 },
        new() { Id = Other, Name = "其他", EnglishName = "Other", SortOrder = 90 },
    ];
}
