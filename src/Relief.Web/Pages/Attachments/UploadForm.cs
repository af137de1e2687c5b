namespace Relief.Web.Pages.Attachments;

/// <summary>The upload form's fields besides the files; the files come as <c>Files</c>, one per request from the page's script.</summary>
public sealed class UploadForm
{
    public int KindId { get; set; }
    public DateOnly? DocumentDate { get; set; }
    public string? Note { get; set; }
    public Guid? ClientUploadId { get; set; }
}
