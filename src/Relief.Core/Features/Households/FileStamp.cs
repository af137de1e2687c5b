namespace Relief.Core.Features.Households;

/// <summary>When and by whom a file is opened, and the history text for it (in the language of the one who opens it).</summary>
public sealed record FileStamp(DateOnly Today, DateTime Now, string? UserName, string OpenedReason);
