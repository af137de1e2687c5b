namespace Relief.Web.Hosting;

public static class ReliefClaims
{
    public const string OrgUnitId = "relief:unit";
    public const string DisplayName = "relief:name";
}
