namespace Relief.Core.Features.Households.Import;

/// <summary>
/// What an upload would do. Nothing is written until a clean preview is confirmed; <see cref="Fingerprint"/>
/// lets the confirm step check it is importing the very file the user looked at.
/// </summary>
public sealed record ImportPreview(string Fingerprint, IReadOnlyList<ImportPreviewRow> Rows, IReadOnlyList<ImportProblem> Problems)
{
    public bool IsClean => Problems.Count == 0 && Rows.Count > 0;

    public static ImportPreview FileProblem(string fingerprint, string message) => new(fingerprint, [], [new ImportProblem(0, "", message)]);
}
