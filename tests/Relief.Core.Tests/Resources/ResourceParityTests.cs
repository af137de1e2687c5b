using System.Globalization;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Relief.Core.Features.Pairing;
using Relief.Core.Features.ServiceEvents;

namespace Relief.Core.Tests.Resources;

/// <summary>Every string of the interface exists in zh-CN and in English: the resource pairs hold the same keys, none empty.</summary>
public sealed class ResourceParityTests
{
    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Relief.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("Relief.sln not found above " + AppContext.BaseDirectory);
    }

    public static TheoryData<string> NeutralFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot(), "src"), "*.resx", SearchOption.AllDirectories)
                     .Where(f => !f.EndsWith(".en.resx", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(RepositoryRoot(), file));
        return data;
    }

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    [Theory]
    [MemberData(nameof(NeutralFiles))]
    public void The_English_file_has_exactly_the_keys_of_the_Chinese_one_and_no_value_is_empty(string neutral)
    {
        var chinese = Read(Path.Combine(RepositoryRoot(), neutral));
        var englishPath = Path.Combine(RepositoryRoot(), neutral[..^".resx".Length] + ".en.resx");
        Assert.True(File.Exists(englishPath), $"{neutral} has no English file.");
        var english = Read(englishPath);

        Assert.Empty(chinese.Keys.Except(english.Keys).Select(k => "missing in English: " + k));
        Assert.Empty(english.Keys.Except(chinese.Keys).Select(k => "missing in Chinese: " + k));
        Assert.Empty(chinese.Concat(english).Where(p => string.IsNullOrWhiteSpace(p.Value)).Select(p => "empty: " + p.Key));
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public void Every_kind_of_event_figure_and_help_has_a_label(string culture)
    {
        var services = new ServiceCollection().AddLogging().AddLocalization(o => o.ResourcesPath = "Resources").BuildServiceProvider();
        var messages = services.GetRequiredService<IStringLocalizer<CoreMessages>>();
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var keys = Enum.GetValues<ServiceEventKind>().Select(v => $"{nameof(ServiceEventKind)}.{v}")
                .Concat(Enum.GetValues<ServiceEventFigure>().Select(v => $"{nameof(ServiceEventFigure)}.{v}"))
                .Concat(Enum.GetValues<HelpKind>().Select(v => $"{nameof(HelpKind)}.{v}"));
            Assert.DoesNotContain(keys, k => messages[k].ResourceNotFound);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
