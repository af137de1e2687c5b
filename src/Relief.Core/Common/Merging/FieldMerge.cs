namespace Relief.Core.Common.Merging;

/// <summary>One field that differs between what is saved now and what the user typed.</summary>
public sealed record FieldMerge(string Field, object? Saved, object? Yours, FieldMergeOutcome Outcome);
