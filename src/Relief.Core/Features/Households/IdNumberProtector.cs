using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Relief.Core.Features.Households;

/// <summary>
/// Keeps resident ID numbers out of the database in clear (PIPL): encrypted with Data Protection for display to
/// those allowed, and a keyed HMAC-SHA256 for exact look-up and the one-file-per-person rule. The hash key is a
/// stable secret from configuration, unlike Data Protection keys, which rotate.
/// </summary>
public sealed class IdNumberProtector(IDataProtectionProvider provider, IOptions<IdNumberProtectionOptions> options)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Relief.Households.IdNumber.v1");
    private readonly byte[] _hashKey = Encoding.UTF8.GetBytes(options.Value.HashKey);

    public string Protect(string idNumber) => _protector.Protect(ResidentIdNumber.Normalize(idNumber));

    public string Unprotect(string cipher) => _protector.Unprotect(cipher);

    public string Hash(string idNumber) =>
        Convert.ToHexString(HMACSHA256.HashData(_hashKey, Encoding.UTF8.GetBytes(ResidentIdNumber.Normalize(idNumber))));
}
