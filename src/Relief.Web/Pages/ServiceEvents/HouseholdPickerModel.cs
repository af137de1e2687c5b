using Relief.Core.Features.Visits;

namespace Relief.Web.Pages.ServiceEvents;

/// <summary>
/// The household picker of the event and pairing forms: the households ticked so far, the matches of a search made
/// without scripts, and the words around it.
/// </summary>
public sealed record HouseholdPickerModel(
    IReadOnlyList<HouseholdPick> Chosen, IReadOnlyList<HouseholdPick> Found, bool Searched, string? Term, string Legend, string Help, bool Required);
