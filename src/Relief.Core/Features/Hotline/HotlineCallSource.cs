namespace Relief.Core.Features.Hotline;

/// <summary>The call a concern or an application came from, for the "来自热线来电" line on their pages (link to /Hotline/Details/{CallId}).</summary>
public sealed record HotlineCallSource(int CallId, DateTime CalledAt, string CallerName, HotlineCallCategory Category);
