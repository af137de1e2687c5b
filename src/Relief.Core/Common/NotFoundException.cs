namespace Relief.Core.Common;

/// <summary>The record does not exist or lies outside the user's unit scope: both answer 404, so scope leaks nothing.</summary>
public sealed class NotFoundException : Exception
{
    public NotFoundException() : base("Not found.") { }
    public NotFoundException(string message) : base(message) { }
    public NotFoundException(string message, Exception innerException) : base(message, innerException) { }
}
