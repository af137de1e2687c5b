namespace Relief.Core.Features.Attachments;

/// <summary>The required papers a file or an application does not have yet, in checklist order.</summary>
public sealed record MissingPapers(IReadOnlyList<AttachmentKind> Kinds)
{
    public static readonly MissingPapers None = new([]);
    public bool Any => Kinds.Count > 0;

    /// <summary>The kinds' names in the interface's language (the Chinese names, as a decision records them, when not English).</summary>
    public IReadOnlyList<string> Names(bool english) => Kinds.Select(k => k.DisplayName(english)).ToList();
}
