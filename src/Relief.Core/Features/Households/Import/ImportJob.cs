using System.Globalization;
using System.Security.Claims;

namespace Relief.Core.Features.Households.Import;

/// <summary>
/// One confirmed import, run in the background by the import runner so that it goes on when the user leaves the page.
/// It carries the file itself, the user who confirmed it (it runs with their scope and is audited as theirs) and their
/// language; the page polls <see cref="Progress"/>. Jobs live in the memory of the node that took the upload
/// (<see cref="HouseholdImportQueue"/>).
/// </summary>
public sealed class ImportJob(
    int orgUnitId, ClaimsPrincipal user, string userName, string fileName, string fingerprint, byte[] file, CultureInfo culture, TimeProvider clock)
{
    private byte[]? _file = file;
    private volatile ImportJobStatus _status = ImportJobStatus.Queued;
    private volatile HouseholdImportResult? _result;
    private volatile string? _failure;

    public Guid Id { get; } = Guid.NewGuid();
    public int OrgUnitId { get; } = orgUnitId;
    public ClaimsPrincipal User { get; } = user;
    public string UserName { get; } = userName;
    public string FileName { get; } = fileName;
    public string Fingerprint { get; } = fingerprint;
    public CultureInfo Culture { get; } = culture;
    public DateTime QueuedAt { get; } = clock.GetUtcNow().UtcDateTime;
    public DateTime? FinishedAt { get; private set; }
    public ImportProgress Progress { get; } = new(clock);

    public ImportJobStatus Status => _status;
    public bool IsFinished => _status is ImportJobStatus.Succeeded or ImportJobStatus.Failed;

    /// <summary>What the import did: the rows filed, or why none were (the problems found on the re-check).</summary>
    public HouseholdImportResult? Result => _result;

    /// <summary>A failure outside the file (the app stopped, an error): nothing was saved.</summary>
    public string? Failure => _failure;

    /// <summary>Hands the file to the runner once; it is not kept after the import.</summary>
    public byte[] TakeFile()
    {
        var file = _file ?? throw new InvalidOperationException("The import's file was taken already.");
        _file = null;
        _status = ImportJobStatus.Running;
        return file;
    }

    public void Finish(HouseholdImportResult result)
    {
        _result = result;
        FinishedAt = clock.GetUtcNow().UtcDateTime;
        _status = result.Succeeded ? ImportJobStatus.Succeeded : ImportJobStatus.Failed;
    }

    public void Fail(string message)
    {
        _file = null;
        _failure = message;
        FinishedAt = clock.GetUtcNow().UtcDateTime;
        _status = ImportJobStatus.Failed;
    }
}
