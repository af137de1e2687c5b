namespace Relief.Core.Common;

/// <summary>Someone else saved the same record first. Pages show a clear message and keep the user's input.</summary>
public sealed class ConcurrencyConflictException : Exception
{
    public ConcurrencyConflictException() : base("The record was changed by someone else.") { }
    public ConcurrencyConflictException(string message) : base(message) { }
    public ConcurrencyConflictException(string message, Exception innerException) : base(message, innerException) { }
}
