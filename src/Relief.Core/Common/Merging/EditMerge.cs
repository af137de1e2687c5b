using System.Collections;
using System.Reflection;
using System.Text.Json;

namespace Relief.Core.Common.Merging;

/// <summary>
/// Three-way merge of an edit form's input record: the values the user first loaded, what they typed, and what is
/// saved now. A field only the colleague changed keeps the colleague's value, one only the user changed keeps the
/// user's, and one both changed differently waits for the user's choice, so nobody's change is silently undone.
/// Fields are the input's public read-write properties except its concurrency token (<c>Version</c>, or Identity's
/// <c>ConcurrencyStamp</c>), which the merged input takes from what is saved now.
/// </summary>
public static class EditMerge
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly string[] TokenNames = [nameof(IVersioned.Version), "ConcurrencyStamp"];

    /// <param name="loaded">The values the form first loaded; null when unknown, and then every difference is the user's to choose.</param>
    public static EditMergeResult<TInput> Merge<TInput>(TInput? loaded, TInput yours, TInput saved) where TInput : class
    {
        var merged = Copy(yours);
        foreach (var token in TokensOf<TInput>()) token.SetValue(merged, token.GetValue(saved));
        var fields = new List<FieldMerge>();
        foreach (var property in FieldsOf<TInput>())
        {
            var yoursValue = property.GetValue(yours);
            var savedValue = property.GetValue(saved);
            if (SameValue(yoursValue, savedValue)) continue;
            var loadedValue = loaded is null ? null : property.GetValue(loaded);
            var youChanged = loaded is null || !SameValue(loadedValue, yoursValue);
            var theyChanged = loaded is null || !SameValue(loadedValue, savedValue);
            var outcome = (youChanged, theyChanged) switch
            {
                (false, _) => FieldMergeOutcome.SavedKept,
                (true, false) => FieldMergeOutcome.YoursKept,
                (true, true) => FieldMergeOutcome.Choose,
            };
            if (outcome == FieldMergeOutcome.SavedKept) property.SetValue(merged, Copy(savedValue, property.PropertyType));
            fields.Add(new FieldMerge(property.Name, savedValue, yoursValue, outcome));
        }
        return new EditMergeResult<TInput>(merged, fields);
    }

    /// <summary>Sets each chosen field of <paramref name="yours"/> to the saved value where the user chose the colleague's.</summary>
    public static void ApplyChoices<TInput>(TInput yours, TInput saved, IReadOnlyDictionary<string, FieldChoice> choices) where TInput : class
    {
        foreach (var property in FieldsOf<TInput>())
        {
            if (choices.TryGetValue(property.Name, out var choice) && choice == FieldChoice.Saved)
                property.SetValue(yours, Copy(property.GetValue(saved), property.PropertyType));
        }
    }

    /// <summary>The names of the fields that differ between two versions of an input.</summary>
    public static IReadOnlyList<string> ChangedFields<TInput>(TInput before, TInput after) where TInput : class =>
        FieldsOf<TInput>().Where(p => !SameValue(p.GetValue(before), p.GetValue(after))).Select(p => p.Name).ToList();

    /// <summary>The input as text a form can carry between requests (the values first loaded).</summary>
    public static string Snapshot<TInput>(TInput input) where TInput : class => JsonSerializer.Serialize(input, Json);

    /// <summary>Reads a <see cref="Snapshot{TInput}"/> back; null when the form carried none or a damaged one.</summary>
    public static TInput? FromSnapshot<TInput>(string? snapshot) where TInput : class
    {
        if (string.IsNullOrWhiteSpace(snapshot)) return null;
        try
        {
            return JsonSerializer.Deserialize<TInput>(snapshot, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Whether two versions of an input carry the same concurrency token, i.e. were loaded from the same save.</summary>
    public static bool SameToken<TInput>(TInput a, TInput b) where TInput : class =>
        TokensOf<TInput>().All(token => Equals(token.GetValue(a), token.GetValue(b)));

    public static IEnumerable<PropertyInfo> FieldsOf<TInput>() =>
        ReadWriteProperties<TInput>().Where(p => !TokenNames.Contains(p.Name));

    private static IEnumerable<PropertyInfo> TokensOf<TInput>() =>
        ReadWriteProperties<TInput>().Where(p => TokenNames.Contains(p.Name));

    private static IEnumerable<PropertyInfo> ReadWriteProperties<TInput>() =>
        typeof(TInput).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p is { CanRead: true, CanWrite: true } && p.GetIndexParameters().Length == 0);

    /// <summary>Form-level equality: an empty text is no text, 1.5 is 1.50, lists and nested inputs compare item by item.</summary>
    public static bool SameValue(object? a, object? b)
    {
        if (a is string || b is string) return string.IsNullOrEmpty(a as string) ? string.IsNullOrEmpty(b as string) : Equals(a, b);
        if (a is null || b is null) return a is null && b is null;
        if (a is decimal x && b is decimal y) return x == y;
        if (a is IEnumerable left && b is IEnumerable right) return SameSequence(left, right);
        var type = a.GetType();
        if (type != b.GetType()) return false;
        if (type.IsPrimitive || type.IsEnum || type.IsValueType) return a.Equals(b);
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .All(p => SameValue(p.GetValue(a), p.GetValue(b)));
    }

    private static bool SameSequence(IEnumerable left, IEnumerable right)
    {
        var a = left.Cast<object?>().ToList();
        var b = right.Cast<object?>().ToList();
        return a.Count == b.Count && a.Zip(b).All(pair => SameValue(pair.First, pair.Second));
    }

    private static TInput Copy<TInput>(TInput input) where TInput : class =>
        JsonSerializer.Deserialize<TInput>(JsonSerializer.Serialize(input, Json), Json)!;

    private static object? Copy(object? value, Type type) =>
        value is null ? null : JsonSerializer.Deserialize(JsonSerializer.Serialize(value, type, Json), type, Json);
}
