using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Relief.Tests.Databases;

/// <summary>
/// xunit's own framework for the <c>.PostgreSql</c> test assemblies, with one difference: when no PostgreSQL server
/// answers (and <see cref="PostgreSqlTestServer.RequireVariable"/> is not 1), every test is reported skipped with
/// the reason, so a developer without a server sees what did not run instead of a wall of connection failures.
/// </summary>
public sealed class PostgreSqlTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new Executor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Executor(AssemblyName assemblyName, ISourceInformationProvider sourceInformation, IMessageSink diagnosticMessageSink)
        : XunitTestFrameworkExecutor(assemblyName, sourceInformation, diagnosticMessageSink)
    {
        protected override void RunTestCases(IEnumerable<IXunitTestCase> testCases, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
        {
            var reason = PostgreSqlTestServer.SkipReason();
            var cases = reason is null ? testCases : testCases.Select(c => (IXunitTestCase)new SkippedTestCase(c, reason)).ToList();
            base.RunTestCases(cases, executionMessageSink, executionOptions);
        }
    }
}
