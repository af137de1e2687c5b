namespace Relief.Core.Features.Administration;

/// <summary>What the first-run page asks for: the root union and its first administrator.</summary>
public sealed class FirstRunInput
{
    public string UnitName { get; set; } = "";
    public OrgUnitKind UnitKind { get; set; } = OrgUnitKind.Grassroots;
    public string UserName { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Password { get; set; } = "";
    public string ConfirmPassword { get; set; } = "";
}
