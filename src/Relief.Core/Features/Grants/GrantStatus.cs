namespace Relief.Core.Features.Grants;

/// <summary>Applied → Approved → OnNotice → Payable → Disbursed; Rejected or Withdrawn on the way.</summary>
public enum GrantStatus
{
    Applied = 0,
    Approved = 1,
    OnNotice = 2,
    Payable = 3,
    Disbursed = 4,
    Rejected = 5,
    Withdrawn = 6,
}
