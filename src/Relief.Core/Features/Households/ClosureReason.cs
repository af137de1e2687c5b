namespace Relief.Core.Features.Households;

public enum ClosureReason
{
    Deceased = 1,
    Moved = 2,
    Left = 3,
}
