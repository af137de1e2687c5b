using Microsoft.AspNetCore.Identity;
using Relief.Core.Common;

namespace Relief.Core.Features.Administration;

public class ReliefUser : IdentityUser, IUnitOwned
{
    public required string DisplayName { get; set; }
    /// <summary>Job title shown when the user is named as a visitor, e.g. 工会主席.</summary>
    public string? Title { get; set; }
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTime CreatedAt { get; set; }
}
