namespace Relief.Core.Features.Grants;

/// <summary>Which amounts a money figure adds up: applied for (live applications), approved, or paid. Every total says its basis.</summary>
public enum GrantAmountBasis
{
    Applied = 0,
    Approved = 1,
    Paid = 2,
}
