namespace Relief.Core.Reports.Printing;

/// <summary>
/// A rendered PDF and the names it is downloaded under: <see cref="FileName"/> as the reader sees it (may be Chinese;
/// the web layer sends it RFC 5987-encoded) and <see cref="AsciiFileName"/> for clients that only read the plain
/// <c>filename</c> parameter.
/// </summary>
public sealed record PrintedDocument(string FileName, byte[] Content, string AsciiFileName);
