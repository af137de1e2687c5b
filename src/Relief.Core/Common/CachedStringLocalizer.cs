using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Relief.Core.Common;

/// <summary>
/// The product's <see cref="IStringLocalizer{T}"/>: the resource strings of <typeparamref name="T"/>, each looked up
/// once per culture and then read without a lock. ResourceManager serializes its lookups, and checking a large
/// import looks up the same few messages hundreds of thousands of times on both cores (docs/performance.md). Only
/// strings found are kept, so a key built from anything but the resources cannot grow the cache.
/// </summary>
public sealed class CachedStringLocalizer<T>(IStringLocalizerFactory factory) : IStringLocalizer<T>
{
    private readonly IStringLocalizer _resources = factory.Create(typeof(T));
    private readonly ConcurrentDictionary<(string Culture, string Name), LocalizedString> _found = new();

    public LocalizedString this[string name]
    {
        get
        {
            var key = (CultureInfo.CurrentUICulture.Name, name);
            if (_found.TryGetValue(key, out var cached)) return cached;
            var text = _resources[name];
            if (!text.ResourceNotFound) _found.TryAdd(key, text);
            return text;
        }
    }

    /// <summary>Formatted in the current culture, as the resource localizer formats.</summary>
    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound, format.SearchedLocation);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => _resources.GetAllStrings(includeParentCultures);
}
