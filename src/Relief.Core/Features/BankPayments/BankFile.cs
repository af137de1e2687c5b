namespace Relief.Core.Features.BankPayments;

/// <summary>A batch file as downloaded: its name, content type and bytes.</summary>
public sealed record BankFile(string FileName, string ContentType, byte[] Content);
