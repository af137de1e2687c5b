namespace Relief.Web;

/// <summary>Marker for the hotline pages' strings in Resources/HotlineResource(.en).resx; zh-CN is the neutral language.</summary>
public sealed class HotlineResource;
