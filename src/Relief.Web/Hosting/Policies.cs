using Microsoft.AspNetCore.Authorization;
using Relief.Core.Features.Administration;

namespace Relief.Web.Hosting;

/// <summary>
/// Every page names one of these on its model; nothing relies on a default. There is one policy per
/// <see cref="Permission"/>, of the same name, requiring the roles <see cref="Permissions.ByRole"/> gives it.
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in role: read what is in the user's scope.</summary>
    public const string Read = nameof(Permission.Read);
    /// <summary>Enter and edit records (auditors read only).</summary>
    public const string Edit = nameof(Permission.Edit);
    /// <summary>Committee decisions, objection outcomes, narrative text.</summary>
    public const string Decide = nameof(Permission.Decide);
    /// <summary>May see full ID numbers.</summary>
    public const string RevealIdNumbers = nameof(Permission.RevealIdNumbers);
    /// <summary>Move a campaign Planning → Active → Closed.</summary>
    public const string ChangeCampaignStatus = nameof(Permission.ChangeCampaignStatus);
    /// <summary>Units and users.</summary>
    public const string Administer = nameof(Permission.Administer);
    /// <summary>The audit log.</summary>
    public const string ReadAuditLog = nameof(Permission.ReadAuditLog);

    public static void Add(AuthorizationOptions options)
    {
        foreach (var permission in Enum.GetValues<Permission>())
            options.AddPolicy(permission.ToString(), p => p.RequireRole(Permissions.RolesWith(permission)));
        // A page that forgot its attribute is closed, not open.
        options.FallbackPolicy = options.GetPolicy(Read);
    }
}
