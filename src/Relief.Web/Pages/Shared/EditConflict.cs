using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Common.Merging;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Shared;

/// <summary>
/// The one conflict mechanism of every edit page. The form carries the values it first loaded (<see cref="Loaded"/>);
/// a stale save shows, field by field, what is saved now beside what the user typed (partial <c>_EditConflict</c>),
/// puts the colleague's values in the fields the user did not touch and keeps the user's everywhere else. The next
/// save writes only what the user changed, and waits for an explicit choice where both changed the same field.
/// </summary>
public sealed class EditConflict
{
    /// <summary>Bound: the input as the form first loaded it (see <see cref="EditMerge.Snapshot{TInput}"/>).</summary>
    public string? Loaded { get; set; }

    /// <summary>Bound: the user's answer for each field both people changed.</summary>
    public Dictionary<string, FieldChoice> Choices { get; set; } = [];

    /// <summary>The fields where what is saved now and what the user typed differ, after a stale save.</summary>
    public IReadOnlyList<FieldMerge> Fields { get; private set; } = [];

    /// <summary>The resource prefix of the fields' labels: "Household" reads "Household.Field.Phone" from CoreMessages.</summary>
    public string FieldLabels { get; private set; } = "";

    /// <summary>A page's own wording for a value the generic text cannot name (a unit id, a person's id); null falls back.</summary>
    public Func<string, object?, string?>? Describe { get; private set; }

    public bool Shown => Fields.Count > 0;

    public void Remember<TInput>(TInput loaded) where TInput : class => Loaded = EditMerge.Snapshot(loaded);

    public FieldChoice ChoiceFor(string field) => Choices.TryGetValue(field, out var choice) ? choice : FieldChoice.None;

    /// <summary>
    /// Saves <paramref name="yours"/> through <paramref name="save"/>. Validation failures go next to the fields;
    /// a stale save comes back unsaved with the merged input to show.
    /// </summary>
    public async Task<EditSave<TInput, TValue>> SaveAsync<TInput, TValue>(
        PageModel page,
        string fieldLabels,
        TInput yours,
        Func<TInput, Task<ServiceResult<TValue>>> save,
        Func<Task<TInput>> reload,
        Func<string, object?, string?>? describe = null) where TInput : class
    {
        FieldLabels = fieldLabels;
        Describe = describe;
        var loaded = EditMerge.FromSnapshot<TInput>(Loaded);
        var toSave = yours;
        if (loaded is not null && !EditMerge.SameToken(loaded, yours))
        {
            // A conflict was shown: settle the form against what is saved now, and only with every choice made.
            var saved = await reload();
            var merge = EditMerge.Merge(loaded, yours, saved);
            var unanswered = merge.FieldsToChoose.Any(field => ChoiceFor(field) == FieldChoice.None);
            if (!EditMerge.SameToken(yours, saved) || unanswered)
                return Conflicted<TInput, TValue>(page, merge, unanswered && EditMerge.SameToken(yours, saved) ? "Common.ConflictChoose" : "Common.Conflict");
            toSave = merge.Merged;
            EditMerge.ApplyChoices(toSave, saved, Choices);
        }
        try
        {
            return await SaveOnceAsync(page, yours, toSave, save);
        }
        catch (ConcurrencyConflictException)
        {
            var merge = EditMerge.Merge(loaded, yours, await reload());
            if (merge.Fields.Count > 0) return Conflicted<TInput, TValue>(page, merge, "Common.Conflict");
        }
        // Saved since, but nothing differs from what this user sends (a sign-in renewed the account's stamp, say):
        // there is nothing to compare, so the save goes ahead once against the newer version.
        try
        {
            return await SaveOnceAsync(page, yours, EditMerge.Merge(loaded, yours, await reload()).Merged, save);
        }
        catch (ConcurrencyConflictException)
        {
            return Conflicted<TInput, TValue>(page, EditMerge.Merge(loaded, yours, await reload()), "Common.Conflict");
        }
    }

    private static async Task<EditSave<TInput, TValue>> SaveOnceAsync<TInput, TValue>(
        PageModel page, TInput yours, TInput toSave, Func<TInput, Task<ServiceResult<TValue>>> save)
    {
        var result = await save(toSave);
        if (!result.Succeeded) page.ModelState.AddErrors(result.Validation);
        return new EditSave<TInput, TValue>(yours, result);
    }

    private EditSave<TInput, TValue> Conflicted<TInput, TValue>(PageModel page, EditMergeResult<TInput> merge, string message)
    {
        Fields = merge.Fields;
        Choices = Choices.Where(c => merge.FieldsToChoose.Contains(c.Key)).ToDictionary();
        // The form must show the merged values, not the ones just posted, so the posted state goes.
        page.ModelState.Clear();
        var shared = page.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        page.ModelState.AddModelError("", shared[message]);
        return new EditSave<TInput, TValue>(merge.Merged, null);
    }
}
