using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.BankPayments;

/// <summary>
/// Keeps card and account numbers out of the database in clear, as <see cref="IdNumberProtector"/> does for ID
/// numbers: Data Protection for the number itself, a keyed HMAC (the same stable secret, another purpose prefix) to
/// match a bank's result line without decrypting.
/// </summary>
public sealed class BankAccountProtector(IDataProtectionProvider provider, IOptions<IdNumberProtectionOptions> options)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Relief.BankPayments.AccountNumber.v1");
    private readonly byte[] _hashKey = Encoding.UTF8.GetBytes(options.Value.HashKey);

    public string Protect(string digits) => _protector.Protect(BankCardNumber.Normalize(digits));

    public string Unprotect(string cipher) => _protector.Unprotect(cipher);

    public string Hash(string digits) =>
        Convert.ToHexString(HMACSHA256.HashData(_hashKey, Encoding.UTF8.GetBytes("bank-account:" + BankCardNumber.Normalize(digits))));
}
