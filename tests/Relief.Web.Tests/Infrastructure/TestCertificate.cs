using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Relief.Web.Tests.Infrastructure;

/// <summary>A self-signed RSA certificate with its private key, written as a .pfx, as an operator would make one for the key ring.</summary>
public static class TestCertificate
{
    public const string Password = "relief-test-pfx";

    /// <summary>Writes a new certificate to <paramref name="folder"/>; its path.</summary>
    public static string CreatePfx(string folder, string name = "keyring")
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN=Relief key ring ({name})", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{name}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }
}
