namespace Relief.Web;

/// <summary>Marker for the service-event and pairing pages' strings in Resources/OutreachResource(.en).resx; zh-CN is the neutral language.</summary>
public sealed class OutreachResource;
