namespace Relief.Core.Features.Households;

public enum HouseholdStatus
{
    /// <summary>在档</summary>
    Active = 0,
    /// <summary>脱困</summary>
    OutOfHardship = 1,
    /// <summary>返困</summary>
    Returned = 2,
    /// <summary>注销</summary>
    Closed = 3,
}
