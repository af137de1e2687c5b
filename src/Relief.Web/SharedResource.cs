namespace Relief.Web;

/// <summary>Marker for the shared UI strings in Resources/SharedResource(.en).resx; zh-CN is the neutral language.</summary>
public sealed class SharedResource;
