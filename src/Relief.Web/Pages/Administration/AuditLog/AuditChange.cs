using System.Text.Json;

namespace Relief.Web.Pages.Administration.AuditLog;

/// <summary>One field of an audit entry as a reader wants it: name, old value, new value.</summary>
public sealed record AuditChange(string Field, string? Old, string? New)
{
    /// <summary>Concurrency stamps and the like mean nothing to an auditor.</summary>
    private static readonly HashSet<string> Noise = ["Version", "ConcurrencyStamp", "NormalizedUserName", "NormalizedEmail", "NormalizedName"];

    public static IReadOnlyList<AuditChange> From(string? oldJson, string? newJson)
    {
        var old = Parse(oldJson);
        var @new = Parse(newJson);
        return old.Keys.Union(@new.Keys)
            .Where(field => !Noise.Contains(field))
            .Select(field => new AuditChange(field, old.GetValueOrDefault(field), @new.GetValueOrDefault(field)))
            .Where(change => change.Old is not null || change.New is not null)
            .ToList();
    }

    private static Dictionary<string, string?> Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return [];
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return new() { [""] = json };
            return document.RootElement.EnumerateObject().ToDictionary(
                p => p.Name,
                p => p.Value.ValueKind switch
                {
                    JsonValueKind.Null => null,
                    JsonValueKind.String => p.Value.GetString(),
                    _ => p.Value.GetRawText(),
                });
        }
        catch (JsonException)
        {
            // Audited reads carry a plain sentence, not JSON.
            return new() { [""] = json };
        }
    }
}
