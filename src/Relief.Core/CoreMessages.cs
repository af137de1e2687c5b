namespace Relief.Core;

/// <summary>Marker for the service layer's messages in Resources/CoreMessages(.en).resx; zh-CN is the neutral language.</summary>
public sealed class CoreMessages;
