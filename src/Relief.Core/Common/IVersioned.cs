namespace Relief.Core.Common;

/// <summary>
/// An entity two people can edit at once. <see cref="Version"/> is an application-set concurrency token,
/// renewed on every save, so the second writer gets a <c>DbUpdateConcurrencyException</c> instead of overwriting.
/// (A store-generated rowversion does not exist on SQLite and would silently lose updates there.)
/// </summary>
public interface IVersioned
{
    Guid Version { get; set; }
}
