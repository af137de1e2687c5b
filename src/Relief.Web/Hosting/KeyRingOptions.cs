namespace Relief.Web.Hosting;

/// <summary>
/// The certificate that encrypts the Data Protection key ring at rest. The keys (which encrypt the ID numbers and sign
/// the sign-in cookies) are kept in the database so that several nodes share them; without this, whoever copies the
/// database holds both the ciphertexts and their keys. Required in Production (<see cref="KeyRingSetup"/>).
/// </summary>
public sealed class KeyRingOptions
{
    public const string Section = "DataProtection";

    /// <summary>The certificate new keys are encrypted with.</summary>
    public CertificateSource Certificate { get; set; } = new();

    /// <summary>Certificates replaced by a newer one, kept so that the keys they encrypted can still be read.</summary>
    public List<CertificateSource> PreviousCertificates { get; set; } = [];
}
