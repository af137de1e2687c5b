namespace Relief.Core.Features.Households;

public enum HardshipLevel
{
    /// <summary>Condolence only: retirees, martyrs' families.</summary>
    None = 0,
    /// <summary>一般困难</summary>
    General = 1,
    /// <summary>特困</summary>
    Extreme = 2,
}
