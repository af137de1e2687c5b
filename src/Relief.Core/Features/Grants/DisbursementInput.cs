namespace Relief.Core.Features.Grants;

/// <summary>发放: paying one payable grant.</summary>
public sealed record DisbursementInput
{
    public int GrantId { get; set; }
    public DateOnly PaidOn { get; set; }
    public DisbursementMethod Method { get; set; }
    /// <summary>The officer who handed it over or made the transfer.</summary>
    public string PaidBy { get; set; } = "";
    public int? VisitId { get; set; }
    /// <summary>The recipient signed the sign-off sheet (签领).</summary>
    public bool SignedOff { get; set; }
    public string? Note { get; set; }
}
