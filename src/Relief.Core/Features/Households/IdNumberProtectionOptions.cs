using System.ComponentModel.DataAnnotations;

namespace Relief.Core.Features.Households;

public sealed class IdNumberProtectionOptions
{
    public const string Section = "Security:IdNumbers";

    /// <summary>Secret for the look-up hash. Changing it orphans every stored hash: set once per deployment.</summary>
    [Required, MinLength(32)]
    public string HashKey { get; set; } = "";
}
