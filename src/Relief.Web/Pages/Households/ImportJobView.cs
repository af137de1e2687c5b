using Microsoft.Extensions.Localization;
using Relief.Core.Features.Households.Import;

namespace Relief.Web.Pages.Households;

/// <summary>What the page shows of a background import, the same on the page and in the progress its script polls.</summary>
public sealed record ImportJobView(
    Guid Id, string Status, bool Finished, int Percent, int Checked, int Saved, int Total, string StatusText, string CountsText, string TimeLeftText)
{
    public static ImportJobView From(ImportJob job, IStringLocalizer<HouseholdsResource> text)
    {
        var progress = job.Progress;
        var statusText = job.Status switch
        {
            ImportJobStatus.Queued => text["Import.JobQueued"].Value,
            ImportJobStatus.Running when progress.IsSaving => text["Import.JobSaving", progress.Saved, progress.Total].Value,
            ImportJobStatus.Running => text["Import.JobChecking", progress.Checked, progress.Total].Value,
            _ => "",
        };
        var finished = job.IsFinished;
        return new ImportJobView(
            job.Id, job.Status.ToString(), finished, finished ? 100 : progress.Percent, progress.Checked, progress.Saved, progress.Total,
            statusText, text["Import.JobCounts", progress.Checked, progress.Saved, progress.Total].Value,
            finished ? "" : TimeLeft(progress.Remaining(), text));
    }

    private static string TimeLeft(TimeSpan? remaining, IStringLocalizer<HouseholdsResource> text)
    {
        if (remaining is not { } left) return text["Import.TimeLeftEstimating"].Value;
        var seconds = (int)Math.Ceiling(left.TotalSeconds);
        var span = seconds >= 60 ? text["Import.MinutesSeconds", seconds / 60, seconds % 60].Value : text["Import.Seconds", seconds].Value;
        return text["Import.TimeLeft", span].Value;
    }
}
