namespace Relief.Web;

/// <summary>Marker for the campaign, fund source and grant application pages' strings in Resources/GrantsResource(.en).resx; zh-CN is the neutral language.</summary>
public sealed class GrantsResource;
