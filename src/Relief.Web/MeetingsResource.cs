namespace Relief.Web;

/// <summary>Marker for the committee meeting pages' strings in Resources/MeetingsResource(.en).resx; zh-CN is the neutral language.</summary>
public sealed class MeetingsResource;
