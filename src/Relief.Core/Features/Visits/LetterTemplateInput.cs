namespace Relief.Core.Features.Visits;

/// <summary>The letter template form: the text with merge fields and the values of the fixed fields.</summary>
public sealed record LetterTemplateInput
{
    public string Greeting { get; set; } = "";
    public string SigningLeader { get; set; } = "";
    public string UnionName { get; set; } = "";
    public string Body { get; set; } = "";
    /// <summary>The version of the unit's own template that was loaded; null when it has none yet.</summary>
    public Guid? Version { get; set; }
}
