namespace Relief.Core.Features.Hotline;

/// <summary>What became of a call in the call log's filter.</summary>
public enum CallConversion
{
    /// <summary>Neither a concern nor an application.</summary>
    None = 0,
    ToConcern = 1,
    ToApplication = 2,
}
