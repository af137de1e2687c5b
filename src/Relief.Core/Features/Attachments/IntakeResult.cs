namespace Relief.Core.Features.Attachments;

/// <summary>The file to keep, or why not, with the numbers its message names.</summary>
public sealed record IntakeResult(PreparedFile? File, IntakeProblem? Problem, object[] Details)
{
    public static IntakeResult Accepted(PreparedFile file) => new(file, null, []);
    public static IntakeResult Refused(IntakeProblem problem, params object[] details) => new(null, problem, details);
}
