namespace Relief.Pdf;

public sealed class DocumentDescriptor
{
    internal DocumentDescriptor()
    {
    }

    internal List<PageDescriptor> Pages { get; } = [];

    internal DocumentMetadata DocumentMetadata { get; private set; } = new();

    public DocumentDescriptor Metadata(DocumentMetadata metadata)
    {
        DocumentMetadata = metadata;
        return this;
    }

    /// <summary>Adds a run of pages; several runs may differ in size or orientation and share page numbering.</summary>
    public DocumentDescriptor Page(Action<PageDescriptor> compose)
    {
        var page = new PageDescriptor();
        compose(page);
        Pages.Add(page);
        return this;
    }
}
