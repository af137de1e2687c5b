namespace Relief.Core.Features.Households;

/// <summary>A lifecycle step: out of hardship (脱困), returned (返困) or closed (注销), with reason and date.</summary>
public sealed record HouseholdStatusInput
{
    public HouseholdStatus ToStatus { get; set; }
    /// <summary>Required when closing.</summary>
    public ClosureReason? ClosureReason { get; set; }
    public string Reason { get; set; } = "";
    public DateOnly EffectiveOn { get; set; }
    public Guid Version { get; set; }
}
