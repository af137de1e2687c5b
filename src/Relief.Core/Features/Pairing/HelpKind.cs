namespace Relief.Core.Features.Pairing;

/// <summary>What a helper did for a paired household.</summary>
public enum HelpKind
{
    /// <summary>慰问金: money, in yuan.</summary>
    Money,
    /// <summary>物资: goods with a quantity and a unit such as 斤、袋、桶.</summary>
    Goods,
    /// <summary>送岗位: a job found for someone of the household.</summary>
    Job,
    /// <summary>走访: a visit or call.</summary>
    Visit,
}
