using Xunit.Abstractions;
using Xunit.Sdk;

namespace Relief.Tests.Databases;

/// <summary>A discovered test case, reported skipped with a reason decided when the run starts (<see cref="PostgreSqlTestFramework"/>).</summary>
public sealed class SkippedTestCase : LongLivedMarshalByRefObject, IXunitTestCase
{
    private readonly IXunitTestCase _testCase = null!;
    private readonly string _reason = "";

    [Obsolete("Made at run time, never deserialized; xunit's contract wants this constructor.")]
    public SkippedTestCase()
    {
    }

    public SkippedTestCase(IXunitTestCase testCase, string reason)
    {
        _testCase = testCase;
        _reason = reason;
    }

    public string SkipReason => _reason;
    public string DisplayName => _testCase.DisplayName;
    public IMethodInfo Method => _testCase.Method;
    public int Timeout => _testCase.Timeout;
    public Exception InitializationException => _testCase.InitializationException;
    public ITestMethod TestMethod => _testCase.TestMethod;
    public object[] TestMethodArguments => _testCase.TestMethodArguments;
    public Dictionary<string, List<string>> Traits => _testCase.Traits;
    public string UniqueID => _testCase.UniqueID;

    public ISourceInformation SourceInformation
    {
        get => _testCase.SourceInformation;
        set => _testCase.SourceInformation = value;
    }

    public void Serialize(IXunitSerializationInfo info) => _testCase.Serialize(info);

    public void Deserialize(IXunitSerializationInfo info) => throw new NotSupportedException("Made at run time, never deserialized.");

    public Task<RunSummary> RunAsync(IMessageSink diagnosticMessageSink, IMessageBus messageBus, object[] constructorArguments,
        ExceptionAggregator aggregator, CancellationTokenSource cancellationTokenSource) =>
        new XunitTestCaseRunner(this, DisplayName, _reason, constructorArguments, TestMethodArguments ?? [], messageBus, aggregator, cancellationTokenSource).RunAsync();
}
