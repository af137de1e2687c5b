namespace Relief.Web.Hosting;

/// <summary>Where a certificate with its private key comes from: a PKCS#12 (.pfx) file and its password, or a store.</summary>
public sealed class CertificateSource
{
    /// <summary>A .pfx file; relative paths are under the app's content root.</summary>
    public string? Path { get; set; }

    public string? Password { get; set; }

    /// <summary>The thumbprint of a certificate in the CurrentUser or LocalMachine "My" store (instead of a file).</summary>
    public string? Thumbprint { get; set; }

    public bool IsSet => !string.IsNullOrWhiteSpace(Path) || !string.IsNullOrWhiteSpace(Thumbprint);
}
