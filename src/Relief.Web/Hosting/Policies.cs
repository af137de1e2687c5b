using Microsoft.AspNetCore.Authorization;
using Relief.Core.Features.Administration;

namespace Relief.Web.Hosting;

/// <summary>Every page names one of these on its model; nothing relies on a default.</summary>
public static class Policies
{
    /// <summary>Any signed-in role: read what is in the user's scope.</summary>
    public const string Read = nameof(Read);
    /// <summary>Officer, Chair, Administrator: enter and edit records. Auditors read only.</summary>
    public const string Edit = nameof(Edit);
    /// <summary>Chair: committee decisions, reveal full ID numbers, narrative text.</summary>
    public const string Decide = nameof(Decide);
    /// <summary>Chair and Administrator: may see full ID numbers.</summary>
    public const string RevealIdNumbers = nameof(RevealIdNumbers);
    /// <summary>Chair and Administrator: move a campaign Planning → Active → Closed.</summary>
    public const string ChangeCampaignStatus = nameof(ChangeCampaignStatus);
    /// <summary>Administrator: units and users.</summary>
    public const string Administer = nameof(Administer);
    /// <summary>Administrator and Auditor: the audit log.</summary>
    public const string ReadAuditLog = nameof(ReadAuditLog);

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Read, p => p.RequireRole(Roles.All));
        options.AddPolicy(Edit, p => p.RequireRole(Roles.Officer, Roles.Chair, Roles.Administrator));
        options.AddPolicy(Decide, p => p.RequireRole(Roles.Chair));
        options.AddPolicy(RevealIdNumbers, p => p.RequireRole(Roles.Chair, Roles.Administrator));
        options.AddPolicy(ChangeCampaignStatus, p => p.RequireRole(Roles.Chair, Roles.Administrator));
        options.AddPolicy(Administer, p => p.RequireRole(Roles.Administrator));
        options.AddPolicy(ReadAuditLog, p => p.RequireRole(Roles.Administrator, Roles.Auditor));
        // A page that forgot its attribute is closed, not open.
        options.FallbackPolicy = options.GetPolicy(Read);
    }
}
