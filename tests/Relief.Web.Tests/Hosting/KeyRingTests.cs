using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Households;
using Relief.Data.Sqlite;
using Relief.Web.Hosting;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Hosting;

/// <summary>
/// The Data Protection keys live in the database; encrypted with the configured certificate, a copy of the database
/// without the certificate reveals no ID number. Production will not start without one; Development needs none.
/// </summary>
public sealed class KeyRingTests : IDisposable
{
    private const string IdNumber = "330102197804120011";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "relief-keyring-tests", Guid.NewGuid().ToString("N"));

    public KeyRingTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_database_copied_without_the_certificate_cannot_reveal_an_ID_number()
    {
        var certificate = TestCertificate.CreatePfx(_folder);
        var database = Path.Combine(_folder, "relief.db");
        string cipher;
        await using (var node = await NodeAsync(database, Environments.Production, certificate))
        {
            cipher = node.GetRequiredService<IdNumberProtector>().Protect(IdNumber);
            var keys = await KeyXmlAsync(node);
            Assert.NotEmpty(keys);
            Assert.All(keys, xml =>
            {
                Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
                Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
            });
        }
        SqliteConnection.ClearAllPools();
        var copy = Path.Combine(_folder, "copied.db");
        File.Copy(database, copy);

        await using (var withoutCertificate = await NodeAsync(copy, Environments.Development, certificate: null))
            Assert.ThrowsAny<CryptographicException>(() => withoutCertificate.GetRequiredService<IdNumberProtector>().Unprotect(cipher));
        await using (var withCertificate = await NodeAsync(copy, Environments.Production, certificate))
            Assert.Equal(IdNumber, withCertificate.GetRequiredService<IdNumberProtector>().Unprotect(cipher));
    }

    [Fact]
    public async Task After_a_new_certificate_the_keys_of_the_previous_one_still_read_when_it_is_kept()
    {
        var old = TestCertificate.CreatePfx(_folder, "old");
        var current = TestCertificate.CreatePfx(_folder, "current");
        var database = Path.Combine(_folder, "relief.db");
        string cipher;
        await using (var node = await NodeAsync(database, Environments.Production, old))
            cipher = node.GetRequiredService<IdNumberProtector>().Protect(IdNumber);

        await using (var rotated = await NodeAsync(database, Environments.Production, current, previous: old))
            Assert.Equal(IdNumber, rotated.GetRequiredService<IdNumberProtector>().Unprotect(cipher));
        await using (var forgotten = await NodeAsync(database, Environments.Production, current))
            Assert.ThrowsAny<CryptographicException>(() => forgotten.GetRequiredService<IdNumberProtector>().Unprotect(cipher));
    }

    [Fact]
    public void Production_without_a_certificate_refuses_to_start_naming_the_settings_and_Development_needs_none()
    {
        var refused = Assert.Throws<StartupConfigurationException>(() => Register(Environments.Production, []));
        Assert.Contains("DataProtection:Certificate:Path", refused.Message, StringComparison.Ordinal);
        Assert.Contains("DataProtection:Certificate:Thumbprint", refused.Message, StringComparison.Ordinal);

        Register(Environments.Development, []);
    }

    [Fact]
    public void A_certificate_that_cannot_be_used_stops_the_start_with_a_message_naming_its_setting()
    {
        var certificate = TestCertificate.CreatePfx(_folder);
        var missing = Assert.Throws<StartupConfigurationException>(() => Register(Environments.Production, Settings(Path.Combine(_folder, "none.pfx"))));
        Assert.Contains("DataProtection:Certificate:Path: there is no file", missing.Message, StringComparison.Ordinal);

        var settings = Settings(certificate);
        settings["DataProtection:Certificate:Password"] = "wrong";
        var wrongPassword = Assert.Throws<StartupConfigurationException>(() => Register(Environments.Production, settings));
        Assert.Contains("DataProtection:Certificate:Password", wrongPassword.Message, StringComparison.Ordinal);

        var notInStore = Assert.Throws<StartupConfigurationException>(() => Register(Environments.Production,
            new Dictionary<string, string?> { ["DataProtection:Certificate:Thumbprint"] = "00112233445566778899AABBCCDDEEFF00112233" }));
        Assert.Contains("DataProtection:Certificate:Thumbprint", notInStore.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Settings(string? certificate, string? previous = null)
    {
        var settings = new Dictionary<string, string?>();
        if (certificate is not null)
        {
            settings["DataProtection:Certificate:Path"] = certificate;
            settings["DataProtection:Certificate:Password"] = TestCertificate.Password;
        }
        if (previous is not null)
        {
            settings["DataProtection:PreviousCertificates:0:Path"] = previous;
            settings["DataProtection:PreviousCertificates:0:Password"] = TestCertificate.Password;
        }
        return settings;
    }

    private ServiceCollection Register(string environment, Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        services.AddReliefKeyRing(configuration, new HostingEnvironment { EnvironmentName = environment, ContentRootPath = _folder });
        return services;
    }

    /// <summary>One app node's Data Protection and ID number protection over a SQLite file brought up by the migrations.</summary>
    private async Task<ServiceProvider> NodeAsync(string database, string environment, string? certificate, string? previous = null)
    {
        var services = Register(environment, Settings(certificate, previous));
        services.AddLogging();
        services.AddSingleton<ICurrentUser>(SystemActor.For("key ring test"));
        services.AddDbContext<ReliefDbContext>(options => options.UseReliefSqlite($"Data Source={database}"));
        services.AddSingleton(Options.Create(new IdNumberProtectionOptions { HashKey = "relief-keyring-tests-hash-key-0123456789" }));
        services.AddSingleton<IdNumberProtector>();
        var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReliefDbContext>().Database.MigrateAsync();
        return provider;
    }

    private static async Task<List<string>> KeyXmlAsync(IServiceProvider node)
    {
        await using var scope = node.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReliefDbContext>().DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
    }
}
