namespace Relief.Core.Features.Administration;

public enum OrgUnitKind
{
    /// <summary>市总/区县总工会</summary>
    Federation = 0,
    /// <summary>基层工会 (a company's union)</summary>
    Grassroots = 1,
    /// <summary>分工会</summary>
    Branch = 2,
}
