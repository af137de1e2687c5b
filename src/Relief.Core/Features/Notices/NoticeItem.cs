using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.Notices;

/// <summary>One line of a notice, a snapshot of the grant as posted (name, unit, category, kind, amount — nothing more).</summary>
public class NoticeItem
{
    public int Id { get; set; }
    public int PublicNoticeId { get; set; }
    public int GrantId { get; set; }
    public Grant? Grant { get; set; }
    public required string HouseholdName { get; set; }
    public required string UnitName { get; set; }
    public HouseholdCategory Category { get; set; }
    public GrantKind Kind { get; set; }
    public decimal Amount { get; set; }
}
