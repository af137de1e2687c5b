namespace Relief.Core.Common;

/// <summary>
/// <see cref="Later"/> may not come before <see cref="Earlier"/>. The message gets the earlier date as {0}, the later
/// as {1} and the household's name as {2}.
/// </summary>
public sealed record DateOrderRule(GrantMilestone Earlier, GrantMilestone Later, string MessageKey);
