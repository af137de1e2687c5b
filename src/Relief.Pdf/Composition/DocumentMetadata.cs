namespace Relief.Pdf;

/// <summary>
/// The PDF's information dictionary. The producer is always "Relief". Set <see cref="CreationDate"/> for
/// byte-identical output across runs; when unset the time of rendering is used.
/// </summary>
public sealed record DocumentMetadata
{
    public string? Title { get; init; }

    public string? Author { get; init; }

    public string? Subject { get; init; }

    public string? Keywords { get; init; }

    public DateTimeOffset? CreationDate { get; init; }
}
