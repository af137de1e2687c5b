namespace Relief.Core.Features.Attachments;

public sealed record StoredFile(string Hash, DateTime WrittenAtUtc);
