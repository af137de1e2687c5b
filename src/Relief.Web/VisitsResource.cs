namespace Relief.Web;

/// <summary>Marker for the visit, letter and concern pages' strings in Resources/VisitsResource(.en).resx; zh-CN is the neutral language.</summary>
public sealed class VisitsResource;
