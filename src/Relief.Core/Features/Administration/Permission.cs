namespace Relief.Core.Features.Administration;

/// <summary>
/// What a user may do, whatever their role is called. The web policies carry these names, and the services ask
/// <see cref="Permissions.May"/>; which roles hold which is decided once, in <see cref="Permissions.ByRole"/>.
/// </summary>
public enum Permission
{
    /// <summary>Read what is in the user's unit scope.</summary>
    Read,
    /// <summary>Enter and change records.</summary>
    Edit,
    /// <summary>Committee decisions, objection outcomes and the year-end narrative.</summary>
    Decide,
    /// <summary>See full resident ID numbers.</summary>
    RevealIdNumbers,
    /// <summary>Move a campaign Planning → Active → Closed.</summary>
    ChangeCampaignStatus,
    /// <summary>Units and users, and the system's own audit entries.</summary>
    Administer,
    /// <summary>Read the audit log.</summary>
    ReadAuditLog,
}
