namespace Relief.Web;

/// <summary>Marker for the donated-goods pages' strings in Resources/GoodsResource(.en).resx; zh-CN is the neutral language.</summary>
public sealed class GoodsResource;
