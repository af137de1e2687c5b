namespace Relief.Core.Reports.Printing;

/// <summary>A rendered PDF and the file name it is downloaded under (may contain Chinese; the web layer encodes it per RFC 5987).</summary>
public sealed record PrintedDocument(string FileName, byte[] Content);
