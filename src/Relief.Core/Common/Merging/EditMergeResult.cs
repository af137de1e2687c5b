namespace Relief.Core.Common.Merging;

/// <summary>
/// The form to show after a stale save: <see cref="Merged"/> holds the colleague's values where only they changed
/// a field and the user's values everywhere else; <see cref="Fields"/> lists every field where saved and typed differ.
/// </summary>
public sealed record EditMergeResult<TInput>(TInput Merged, IReadOnlyList<FieldMerge> Fields)
{
    public IEnumerable<string> FieldsToChoose => Fields.Where(f => f.Outcome == FieldMergeOutcome.Choose).Select(f => f.Field);
}
