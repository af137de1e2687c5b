namespace Relief.Core.Features.Dashboard;

/// <summary>The counted values of one tally, or a change to them.</summary>
internal readonly record struct TallyValue(int Grants, int Households, decimal Amount)
{
    public bool IsZero => Grants == 0 && Households == 0 && Amount == 0m;

    public TallyValue Plus(TallyValue other, int sign) =>
        new(Grants + (sign * other.Grants), Households + (sign * other.Households), Amount + (sign * other.Amount));
}
