using Relief.Core.Features.Grants;
using Relief.Core.Features.Visits;

namespace Relief.Web.Pages.Meetings;

/// <summary>
/// The attendee rows of the meeting form, which work without JavaScript: one blank row is offered for the next
/// person and blank rows are dropped before saving; names of users in the list are linked to their accounts.
/// </summary>
public static class MeetingForm
{
    public const int MaxAttendees = 30;

    public static bool IsBlank(MeetingAttendeeInput attendee) =>
        string.IsNullOrWhiteSpace(attendee.Name) && string.IsNullOrWhiteSpace(attendee.Title);

    public static void OfferBlankRow(CommitteeMeetingInput input)
    {
        input.Attendees.RemoveAll(IsBlank);
        if (input.Attendees.Count < MaxAttendees) input.Attendees.Add(new MeetingAttendeeInput());
    }

    /// <summary>
    /// Drops blank rows and links each attendee to the user of that name, when exactly one user in the list has it
    /// (the form asks for names, as the minutes write them; the link is a convenience, never a guess).
    /// </summary>
    public static void Prepare(CommitteeMeetingInput input, IReadOnlyList<PersonChoice> people)
    {
        input.Attendees.RemoveAll(IsBlank);
        foreach (var attendee in input.Attendees)
        {
            var name = attendee.Name?.Trim() ?? "";
            var matches = people.Where(p => p.DisplayName == name).Take(2).ToList();
            attendee.UserId = matches.Count == 1 ? matches[0].UserId : null;
        }
    }

    /// <summary>The usual title of the campaign's n-th meeting: 2021年元旦春节送温暖第三次工会委员会会议.</summary>
    public static string DefaultTitle(string campaignName, int number, bool chinese)
    {
        if (!chinese) return $"{campaignName}: committee meeting {number}";
        var stem = campaignName.EndsWith("活动", StringComparison.Ordinal) ? campaignName[..^2] : campaignName;
        return $"{stem}第{Relief.Core.Reports.YearEndSummary.ChineseNumber.Of(number)}次工会委员会会议";
    }
}
