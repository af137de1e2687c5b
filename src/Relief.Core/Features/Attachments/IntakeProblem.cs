namespace Relief.Core.Features.Attachments;

/// <summary>Why an upload was refused; each has its message in CoreMessages (Attachment.Refused.*).</summary>
public enum IntakeProblem
{
    Empty,
    TooLarge,
    HouseholdFull,
    Program,
    Markup,
    OfficeDocument,
    Archive,
    OtherImage,
    Unknown,
    TooManyPixels,
    DamagedImage,
    DamagedPdf,
    EncryptedPdf,
    ActivePdf,
}
