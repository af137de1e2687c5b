namespace Relief.Core.Features.Grants;

/// <summary>The outcome of checking an application: a refusal (with the field it belongs to), or what to store.</summary>
internal sealed record ApplicationCheck(string? Property, string? Refusal, int ApplyingUnitId, decimal? Standard, string? DuplicateElsewhere)
{
    public static ApplicationCheck Refuse(string property, string refusal) => new(property, refusal, 0, null, null);
}
