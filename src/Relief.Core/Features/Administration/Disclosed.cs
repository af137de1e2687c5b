namespace Relief.Core.Features.Administration;

/// <summary>
/// A unit as a user may be told of it: its <see cref="Name"/>, or, when that is not theirs to know, only the unit
/// above both to <see cref="AskUnitName">ask</see>.
/// </summary>
public sealed record Disclosed(string? Name, string? AskUnitName)
{
    public bool IsNamed => Name is not null;
}
