namespace Relief.Web;

/// <summary>Marker for the notice, objection and disbursement pages' strings in Resources/NoticesResource(.en).resx; zh-CN is the neutral language.</summary>
public sealed class NoticesResource;
