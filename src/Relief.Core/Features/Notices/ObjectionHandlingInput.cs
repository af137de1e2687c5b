namespace Relief.Core.Features.Notices;

/// <summary>The outcome of looking into an objection: upheld (with what it does to the grant) or dismissed.</summary>
public sealed record ObjectionHandlingInput
{
    public ObjectionOutcome Outcome { get; set; }
    /// <summary>How it was checked and what was found (核实情况).</summary>
    public string Handling { get; set; } = "";
    /// <summary>For an upheld objection against a grant.</summary>
    public UpheldAction UpheldAction { get; set; }
    /// <summary>The new amount when <see cref="UpheldAction"/> is ChangeAmount.</summary>
    public decimal? NewAmount { get; set; }
    public Guid Version { get; set; }
}
