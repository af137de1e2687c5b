namespace Relief.Core.Common.Merging;

/// <summary>How one field of a stale edit is settled against the version saved since the form was loaded.</summary>
public enum FieldMergeOutcome
{
    /// <summary>Only the colleague changed it: their value stays.</summary>
    SavedKept,
    /// <summary>Only this user changed it: their value is written.</summary>
    YoursKept,
    /// <summary>Both changed it to different values: the user must choose.</summary>
    Choose,
}
