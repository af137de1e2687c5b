namespace Relief.Web;

/// <summary>Marker for the household and survey pages' strings in Resources/HouseholdsResource(.en).resx; zh-CN is the neutral language.</summary>
public sealed class HouseholdsResource;
