using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Relief.Core.Tests.TestSupport;

namespace Relief.Core.Tests.Migrations;

/// <summary>No SQL Server runs here, so the deployment scripts are proven by the T-SQL parser SQL Server tools use.</summary>
public sealed class SqlServerScriptTests
{
    [Fact]
    public void Idempotent_deployment_script_parses_without_errors()
    {
        using var db = ProviderContexts.SqlServer();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [Households]", script, StringComparison.Ordinal);
        AssertParses(script);
    }

    [Fact]
    public void Create_script_parses_without_errors()
    {
        using var db = ProviderContexts.SqlServer();
        var script = db.Database.GenerateCreateScript();

        Assert.Contains("CREATE TABLE [Grants]", script, StringComparison.Ordinal);
        AssertParses(script);
    }

    [Fact]
    public void The_parser_check_reports_broken_sql()
    {
        Assert.NotEmpty(Parse("CREATE TABLE [Broken] ([Id] int NOT NULL,, PRIMARY KEY);"));
    }

    private static void AssertParses(string script)
    {
        var errors = Parse(script);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"line {e.Line}, column {e.Column}: {e.Message}")));
    }

    private static IList<ParseError> Parse(string script)
    {
        var parser = new TSql170Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        parser.Parse(reader, out var errors);
        return errors;
    }
}
