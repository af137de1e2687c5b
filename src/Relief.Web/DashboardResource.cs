namespace Relief.Web;

/// <summary>Marker for the dashboard's and the home page summary's strings in Resources/DashboardResource(.en).resx; zh-CN is the neutral language.</summary>
public sealed class DashboardResource;
