using System.Collections.Concurrent;

namespace Relief.Core.Reports.YearEndSummary;

/// <summary>The narrative that ships with Relief, per language, as embedded text files beside this class.</summary>
public static class DefaultNarrative
{
    private static readonly ConcurrentDictionary<string, string> Cache = new();

    public static string For(string culture) => Cache.GetOrAdd(culture, static c =>
    {
        var name = $"{typeof(DefaultNarrative).Namespace}.Templates.narrative.{c}.txt";
        using var stream = typeof(DefaultNarrative).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The default narrative {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}
