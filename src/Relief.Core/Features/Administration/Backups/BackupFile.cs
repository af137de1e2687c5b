namespace Relief.Core.Features.Administration.Backups;

/// <summary>One finished backup: its file name (which carries the time it was taken, in UTC), that time, and its size.</summary>
public sealed record BackupFile(string Name, DateTime TakenAtUtc, long Bytes);
