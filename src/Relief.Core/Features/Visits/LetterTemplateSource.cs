namespace Relief.Core.Features.Visits;

public enum LetterTemplateSource
{
    /// <summary>The user's unit wrote its own template for the campaign.</summary>
    Own = 0,
    /// <summary>Taken from a unit above (the company's or the federation's template).</summary>
    Inherited = 1,
    /// <summary>Nobody wrote one yet: the standard text.</summary>
    Standard = 2,
}
