namespace Relief.Web;

/// <summary>Marker for the attachment pages' strings in Resources/AttachmentsResource(.en).resx; zh-CN is the neutral language.</summary>
public sealed class AttachmentsResource;
