using System.Globalization;
using System.Text.Json;
using Relief.Core.Features.Administration;

namespace Relief.Core.Features.Attachments;

/// <summary>The audit entry for an attachment opened (a thumbnail, the full file, a download, a printed summary): who, which, how.</summary>
internal static class AttachmentAccess
{
    public static AuditEntry Entry(ICurrentUser user, TimeProvider clock, int attachmentId, int orgUnitId, Dictionary<string, object?> what) => new()
    {
        At = clock.GetUtcNow().UtcDateTime,
        UserId = user.UserId,
        UserName = user.UserName,
        Entity = nameof(Attachment),
        EntityKey = attachmentId.ToString(CultureInfo.InvariantCulture),
        Action = AuditAction.Access,
        NewValues = JsonSerializer.Serialize(what),
        OrgUnitId = orgUnitId,
    };
}
