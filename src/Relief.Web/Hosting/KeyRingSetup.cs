using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Relief.Core.Data;

namespace Relief.Web.Hosting;

/// <summary>
/// Data Protection for every node: the keys in the database (shared), encrypted at rest with an X.509 certificate
/// (<see cref="KeyRingOptions"/>). Production refuses to start without one; Development runs without set-up and logs
/// that its keys are unencrypted. A certificate that cannot be used stops the start with a message naming the setting.
/// </summary>
public static class KeyRingSetup
{
    public static IServiceCollection AddReliefKeyRing(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(KeyRingOptions.Section).Get<KeyRingOptions>() ?? new KeyRingOptions();
        var keyRing = services.AddDataProtection().SetApplicationName("Relief").PersistKeysToDbContext<ReliefDbContext>();
        if (!options.Certificate.IsSet)
        {
            if (environment.IsProduction())
                throw new StartupConfigurationException(
                    $"{KeyRingOptions.Section}:Certificate:Path (with {KeyRingOptions.Section}:Certificate:Password) or " +
                    $"{KeyRingOptions.Section}:Certificate:Thumbprint must be set in Production: the keys that encrypt ID numbers " +
                    "are kept in the database and must themselves be encrypted with a certificate (docs/operations.md, \"Keys\").");
            return services;
        }
        var current = Load(options.Certificate, $"{KeyRingOptions.Section}:Certificate", environment);
        var previous = options.PreviousCertificates.Select((source, i) => Load(source, $"{KeyRingOptions.Section}:PreviousCertificates:{i}", environment));
        keyRing.ProtectKeysWithCertificate(current).UnprotectKeysWithAnyCertificate([current, .. previous]);
        return services;
    }

    private static X509Certificate2 Load(CertificateSource source, string setting, IHostEnvironment environment)
    {
        var certificate = string.IsNullOrWhiteSpace(source.Path) ? FromStore(source.Thumbprint!, setting) : FromFile(source, setting, environment);
        if (!certificate.HasPrivateKey)
            throw new StartupConfigurationException($"{setting}: the certificate {certificate.Subject} has no private key, so it could not read the keys it encrypts.");
        if (certificate.GetRSAPublicKey() is null)
            throw new StartupConfigurationException($"{setting}: the certificate {certificate.Subject} has no RSA key; the key ring is encrypted with RSA.");
        return certificate;
    }

    private static X509Certificate2 FromFile(CertificateSource source, string setting, IHostEnvironment environment)
    {
        var path = Path.GetFullPath(source.Path!, environment.ContentRootPath);
        if (!File.Exists(path)) throw new StartupConfigurationException($"{setting}:Path: there is no file at '{path}'.");
        try
        {
            return X509CertificateLoader.LoadPkcs12FromFile(path, source.Password);
        }
        catch (CryptographicException ex)
        {
            throw new StartupConfigurationException(
                $"{setting}:Path: '{path}' cannot be opened as a .pfx with {setting}:Password ({ex.Message.TrimEnd('.')}).", ex);
        }
    }

    private static X509Certificate2 FromStore(string thumbprint, string setting)
    {
        foreach (var location in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
        {
            using var store = new X509Store(StoreName.My, location);
            try
            {
                store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
            }
            catch (CryptographicException)
            {
                continue; // This platform or account has no such store.
            }
            if (store.Certificates.Find(X509FindType.FindByThumbprint, thumbprint.Replace(" ", "", StringComparison.Ordinal), validOnly: false) is [var found, ..])
                return found;
        }
        throw new StartupConfigurationException($"{setting}:Thumbprint: no certificate {thumbprint} in the CurrentUser or LocalMachine \"My\" store.");
    }
}
