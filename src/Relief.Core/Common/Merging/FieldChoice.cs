namespace Relief.Core.Common.Merging;

/// <summary>The user's explicit answer for a field both people changed.</summary>
public enum FieldChoice
{
    /// <summary>No answer yet: the save waits for one.</summary>
    None,
    /// <summary>Keep the value saved by the colleague.</summary>
    Saved,
    /// <summary>Write the value this user typed.</summary>
    Yours,
}
