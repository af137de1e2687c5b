namespace Relief.Core.Common;

/// <summary>A record that belongs to one union unit; scope checks go through this.</summary>
public interface IUnitOwned
{
    int OrgUnitId { get; }
}
