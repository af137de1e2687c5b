using System.Reflection;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Relief.Web.Hosting;

namespace Relief.Web.Tests;

/// <summary>
/// Pages reach data only through the feature services in Core: no page model, page helper or view takes or holds a
/// DbContext, so every read goes through a service that applies the unit scope and the feature's rules.
/// </summary>
public sealed class OneDoorIntoCoreTests
{
    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Assembly Web = typeof(Policies).Assembly;

    [Fact]
    public void No_type_under_Pages_or_any_view_takes_or_holds_a_DbContext()
    {
        var checkedTypes = PageSideTypes().ToList();

        var offenders = checkedTypes.SelectMany(DbContextUses).ToList();

        Assert.True(offenders.Count == 0, "Take a feature service instead of the DbContext:\n" + string.Join('\n', offenders));
        // The guard is only as good as what it looks at: every page model and every compiled view is among it.
        Assert.True(checkedTypes.Count(t => typeof(PageModel).IsAssignableFrom(t)) >= 50, "expected the page models to be among the checked types");
        Assert.True(checkedTypes.Count(t => typeof(Microsoft.AspNetCore.Mvc.Razor.IRazorPage).IsAssignableFrom(t)) >= 50, "expected the compiled views to be among the checked types");
    }

    private static IEnumerable<Type> PageSideTypes() =>
        Web.GetTypes().Where(t => t.Namespace is { } ns
            && (ns == "Relief.Web.Pages" || ns.StartsWith("Relief.Web.Pages.", StringComparison.Ordinal) || ns == "AspNetCoreGeneratedDocument"));

    private static IEnumerable<string> DbContextUses(Type type)
    {
        foreach (var constructor in type.GetConstructors(Everything))
        {
            foreach (var p in constructor.GetParameters().Where(p => IsDbContext(p.ParameterType)))
                yield return $"{type.FullName}: constructor parameter {p.Name}";
        }
        foreach (var method in type.GetMethods(Everything))
        {
            foreach (var p in method.GetParameters().Where(p => IsDbContext(p.ParameterType)))
                yield return $"{type.FullName}.{method.Name}: parameter {p.Name}";
        }
        foreach (var field in type.GetFields(Everything).Where(f => IsDbContext(f.FieldType)))
            yield return $"{type.FullName}: field {field.Name}";
        foreach (var property in type.GetProperties(Everything).Where(p => IsDbContext(p.PropertyType)))
            yield return $"{type.FullName}: property {property.Name}";
    }

    private static bool IsDbContext(Type type) => typeof(DbContext).IsAssignableFrom(type);
}
