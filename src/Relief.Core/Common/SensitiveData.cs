namespace Relief.Core.Common;

/// <summary>
/// Marks properties whose values must never leave the database in clear: not in the audit log, not in logs.
/// Set in EF configurations with <c>.IsSensitive()</c> and read by the audit interceptor from the model.
/// </summary>
public static class SensitiveData
{
    public const string Annotation = "Relief:Sensitive";
}
