using Relief.Core.Common;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.Hotline;

/// <summary>
/// One call to the hotline (来电登记). The caller is a household on file when known, else a name and number. A call
/// can become a concern or an application; the link is kept here, and the concern and grant pages look it up.
/// </summary>
public class HotlineCall : IVersioned, IUnitOwned
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    /// <summary>The household's unit when the caller is on file, else the unit of the officer who recorded it.</summary>
    public int OrgUnitId { get; set; }
    public DateTime CalledAt { get; set; }
    public int? HouseholdId { get; set; }
    public Household? Household { get; set; }
    public string? CallerName { get; set; }
    public string? CallerPhone { get; set; }
    public HotlineCallCategory Category { get; set; }
    public required string Question { get; set; }
    public string? TakenByUserId { get; set; }
    public required string TakenByName { get; set; }
    public CallOutcome Outcome { get; set; }
    public string? OutcomeNote { get; set; }
    public int? ConcernId { get; set; }
    public int? GrantId { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; }
}
