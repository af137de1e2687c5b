using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Common.Spreadsheets;
using Relief.Core.Data;
using Relief.Core.Data.Scope;
using Relief.Core.Features.Administration;

namespace Relief.Core.Features.Households.Import;

/// <summary>
/// Files households from the spreadsheets unions already keep. Upload → preview listing every problem by row and
/// column → confirm, which re-reads the same file and writes all rows in one transaction or none. A second import
/// of the same file finds every person already on file and so changes nothing.
/// </summary>
public sealed class HouseholdImportService(
    ReliefDbContext db,
    ICurrentUser user,
    IdNumberProtector protector,
    IValidator<HouseholdInput> validator,
    IStringLocalizer<CoreMessages> messages,
    TimeProvider clock,
    AuditInterceptor? audit = null)
{
    /// <summary>The audit log's name for an import (its key is the file's SHA-256).</summary>
    public const string AuditedImport = "HouseholdImport";
    private const int LookupChunk = 500;
    private const int SaveBatch = 1000;
    private const int ProgressEvery = 500;

    /// <summary>
    /// The template: the data sheet with its Chinese headers (required ones marked *) and a sheet of instructions. The ID
    /// number and phone columns are formatted as text, so Excel keeps all 18 digits and the landline's leading 0.
    /// </summary>
    public static void WriteTemplate(Stream output)
    {
        using var workbook = new XlsxWorkbookWriter(output);
        workbook.AddSheet(ResourceText.Chinese("Import.Template.DataSheet"), ImportColumns.All.Select(c => new XlsxColumn(
            ImportColumns.Header(c) + (ImportColumns.Required.Contains(c) ? "*" : ""),
            c is ImportColumn.IdNumber or ImportColumn.Address ? 24 : 14,
            IsText: c is ImportColumn.IdNumber or ImportColumn.Phone)).ToList()).Dispose();
        using var help = workbook.AddSheet(ResourceText.Chinese("Import.Template.HelpSheet"),
        [
            new XlsxColumn(ResourceText.Chinese("Import.Help.Column"), 18),
            new XlsxColumn(ResourceText.Chinese("Import.Help.Required"), 8),
            new XlsxColumn(ResourceText.Chinese("Import.Help.Notes"), 80),
        ]);
        foreach (var column in ImportColumns.All)
            help.WriteRow(ImportColumns.Header(column), ResourceText.Chinese(ImportColumns.Required.Contains(column) ? "Yes" : "No"), HelpFor(column));
    }

    /// <summary>Every problem of a preview, as a sheet the user can sort, filter and work through.</summary>
    public void WriteProblems(ImportPreview preview, Stream output)
    {
        using var workbook = new XlsxWorkbookWriter(output);
        using var sheet = workbook.AddSheet(messages["Import.Problems.SheetName"],
            [new XlsxColumn(messages["Import.Problems.Row"], 8), new XlsxColumn(messages["Import.Problems.Column"], 16), new XlsxColumn(messages["Import.Problems.Problem"], 90)]);
        foreach (var problem in preview.Problems)
            sheet.WriteRow(problem.Row == 0 ? XlsxCell.Empty : XlsxCell.Of(problem.Row), problem.Column, problem.Message);
    }

    public async Task<ImportPreview> PreviewAsync(Stream upload, CancellationToken ct = default) =>
        (await ParseAsync(upload, null, ct)).Preview;

    /// <summary>
    /// Imports the file previewed under <paramref name="fingerprint"/>, if it is still clean (the database may have
    /// changed since the preview): every row or none.
    /// </summary>
    public async Task<HouseholdImportResult> ImportAsync(Stream upload, string fingerprint, ImportProgress? progress = null, CancellationToken ct = default)
    {
        var (preview, rows) = await ParseAsync(upload, progress, ct);
        if (!string.Equals(preview.Fingerprint, fingerprint, StringComparison.OrdinalIgnoreCase))
            return new HouseholdImportResult(ImportPreview.FileProblem(preview.Fingerprint, messages["Import.FileChanged"]), 0);
        if (!preview.IsClean) return new HouseholdImportResult(preview, 0);

        var stamp = new FileStamp(Today(), clock.GetUtcNow().UtcDateTime, user.UserName, messages["Household.History.Imported"]);
        // Encrypting the ID numbers is the one costly step per row that needs nothing else: done on every core first.
        var ciphers = new string[rows.Count];
        Parallel.For(0, rows.Count, i => ciphers[i] = protector.Protect(rows[i].Input.IdNumber!));

        progress?.BeginSaving(rows.Count);
        // The import writes its own audit: one entry per file (its categories, members and history inside it), and one
        // for the import — a third of the rows the per-row interceptor would write (docs/performance.md).
        using var ownAudit = audit?.CallerWritesAudit();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            for (var start = 0; start < rows.Count; start += SaveBatch)
            {
                var households = rows.Skip(start).Take(SaveBatch)
                    .Select((r, i) => HouseholdMapping.NewHousehold(r.Input, r.Input.IdNumber!, protector, stamp, ciphers[start + i])).ToList();
                await SaveFilesAsync(households, stamp.Now, ct);
                progress?.RowsSaved(Math.Min(rows.Count, start + SaveBatch));
            }
            db.AuditEntries.Add(ImportAudit(preview, rows, stamp.Now));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (Exception ex) when (ex is DbUpdateException or DbException)
        {
            // Someone filed one of these people after the preview; the unique index refused it and nothing is kept.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return new HouseholdImportResult(ImportPreview.FileProblem(preview.Fingerprint, messages["Import.ChangedMeanwhile"]), 0);
        }
        // Tens of thousands of new files can change which index is the short way to a unit's households.
        await db.Database.RefreshStatisticsAsync(ct);
        return new HouseholdImportResult(preview, rows.Count);
    }

    /// <summary>
    /// A batch of new files with their members, categories and opening status, and an audit entry each, written in bulk
    /// (<see cref="BulkInsert"/>): through the change tracker this was two thirds of a large import.
    /// </summary>
    private async Task SaveFilesAsync(List<Household> households, DateTime at, CancellationToken ct)
    {
        await db.InsertAsync(households, ct);
        // The database numbered the files; each is found again by its person's ID number hash, unique on file.
        var hashes = households.Select(h => h.IdNumberHash).ToList();
        var ids = await db.Households.AsNoTracking().OutsideUnitScope().Where(h => hashes.Contains(h.IdNumberHash))
            .Select(h => new { h.IdNumberHash, h.Id }).ToDictionaryAsync(h => h.IdNumberHash, h => h.Id, ct);
        foreach (var household in households)
        {
            household.Id = ids[household.IdNumberHash];
            foreach (var member in household.Members) member.HouseholdId = household.Id;
            foreach (var category in household.Categories) category.HouseholdId = household.Id;
            foreach (var change in household.StatusHistory) change.HouseholdId = household.Id;
        }
        await db.InsertAsync(households.SelectMany(h => h.Members).ToList(), ct);
        await db.InsertAsync(households.SelectMany(h => h.Categories).ToList(), ct);
        await db.InsertAsync(households.SelectMany(h => h.StatusHistory).ToList(), ct);
        await db.InsertAsync(households.Select(h => AuditOf(h, at)).ToList(), ct);
    }

    /// <summary>
    /// The audit entry of one imported file, as the interceptor would write it, with its new child rows inside. The child
    /// rows' own ids are left out: the database made them and the bulk write does not read them back.
    /// </summary>
    private AuditEntry AuditOf(Household household, DateTime at)
    {
        var values = AuditInterceptor.CurrentValues(db.Model.FindEntityType(typeof(Household))!, household);
        values[nameof(Household.Categories)] = household.Categories.Select(c => c.Category).ToList();
        values[nameof(Household.Members)] = household.Members.Select(ChildValues).ToList();
        values[nameof(Household.StatusHistory)] = household.StatusHistory.Select(ChildValues).ToList();
        return new AuditEntry
        {
            At = at,
            UserId = user.UserId,
            UserName = user.UserName,
            Entity = nameof(Household),
            EntityKey = household.Id.ToString(CultureInfo.InvariantCulture),
            Action = AuditAction.Insert,
            NewValues = AuditInterceptor.Serialize(values),
            OrgUnitId = household.OrgUnitId,
        };
    }

    private Dictionary<string, object?> ChildValues<T>(T child) where T : class
    {
        var values = AuditInterceptor.CurrentValues(db.Model.FindEntityType(typeof(T))!, child);
        values.Remove("Id");
        return values;
    }

    /// <summary>The import itself: which file (its SHA-256), how many files it opened, for which units.</summary>
    private AuditEntry ImportAudit(ImportPreview preview, List<(int Row, HouseholdInput Input)> rows, DateTime at) => new()
    {
        At = at,
        UserId = user.UserId,
        UserName = user.UserName,
        Entity = AuditedImport,
        EntityKey = preview.Fingerprint,
        Action = AuditAction.Insert,
        NewValues = AuditInterceptor.Serialize(new Dictionary<string, object?>
        {
            ["Households"] = rows.Count,
            ["Rows"] = $"{rows[0].Row}-{rows[^1].Row}",
            ["OrgUnitIds"] = rows.Select(r => r.Input.OrgUnitId).Distinct().Order().ToList(),
        }),
        OrgUnitId = user.OrgUnitId,
    };

    private async Task<(ImportPreview Preview, List<(int Row, HouseholdInput Input)> Rows)> ParseAsync(Stream upload, ImportProgress? progress, CancellationToken ct)
    {
        var bytes = await ExcelUpload.ReadAsync(upload, ct);
        if (bytes is null) return (ImportPreview.FileProblem("", messages["Import.TooLarge", ExcelUpload.MaxBytes / 1024 / 1024]), []);
        var fingerprint = Convert.ToHexString(SHA256.HashData(bytes));
        if (bytes.Length == 0) return (ImportPreview.FileProblem(fingerprint, messages["Import.EmptyFile"]), []);
        if (ExcelUpload.IsOldXls(bytes)) return (ImportPreview.FileProblem(fingerprint, messages["Import.OldXls"]), []);
        if (!ExcelUpload.IsXlsx(bytes)) return (ImportPreview.FileProblem(fingerprint, messages["Import.NotExcel"]), []);

        List<XlsxRow> sheet;
        try
        {
            sheet = XlsxSheetReader.ReadFirstSheet(bytes);
        }
        catch (InvalidDataException)
        {
            return (ImportPreview.FileProblem(fingerprint, messages["Import.NotExcel"]), []);
        }
        // The first row with anything in it is the header; rows keep their numbers in the sheet.
        sheet.RemoveAll(IsBlank);
        if (sheet.Count == 0) return (ImportPreview.FileProblem(fingerprint, messages["Import.EmptyFile"]), []);

        var (columnsByField, headerProblems) = ReadHeader(sheet[0]);
        if (headerProblems.Count > 0) return (new ImportPreview(fingerprint, [], headerProblems), []);

        var units = await db.OrgUnits.AsNoTracking().InScope(user).Where(u => u.IsActive)
            .Select(u => new { u.Id, u.Name, u.Code }).ToListAsync(ct);
        var resolver = new ImportUnitResolver(units.Select(u => (u.Id, u.Name, u.Code)).ToList(), messages);
        var reader = new ImportRowReader(columnsByField, resolver, messages, Today());

        progress?.BeginChecking(sheet.Count - 1);
        // Each row is read and checked on its own, so both cores share the work (it was half of a large preview); the
        // rows are then taken in order, for the duplicates within the sheet.
        var checkedRows = new CheckedRow?[sheet.Count];
        var rowsDone = 0;
        Parallel.For(1, sheet.Count, new ParallelOptions { CancellationToken = ct }, index =>
        {
            checkedRows[index] = CheckRow(sheet[index].Number, sheet[index], reader);
            if (Interlocked.Increment(ref rowsDone) is var done && done % ProgressEvery == 0) progress?.RowsChecked(done);
        });

        var problems = new List<ImportProblem>();
        var rows = new List<(int Row, HouseholdInput Input)>();
        var previewRows = new List<ImportPreviewRow>();
        var firstRowByHash = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in checkedRows)
        {
            if (row is null) continue;
            if (row.IdNumberHash is { } hash)
            {
                if (firstRowByHash.TryGetValue(hash, out var firstRow))
                    row.Problems.Add(Problem(row.Row, ImportColumn.IdNumber, messages["Import.DuplicateRow", firstRow]));
                else firstRowByHash[hash] = row.Row;
            }
            problems.AddRange(row.Problems);
            if (row.Problems.Count > 0) continue;
            rows.Add((row.Row, row.Input));
            previewRows.Add(new ImportPreviewRow(row.Row, row.Input.Name.Trim(), ResidentIdNumber.Mask(row.Input.IdNumber!),
                resolver.NameOf(row.Input.OrgUnitId), row.Input.Categories.Order().ToList(), row.Input.Level));
        }
        if (rows.Count == 0 && problems.Count == 0) return (ImportPreview.FileProblem(fingerprint, messages["Import.NoRows"]), []);

        problems.AddRange(await AlreadyOnFileAsync(firstRowByHash, ct));
        if (problems.Count > 0)
        {
            var failed = problems.Select(p => p.Row).ToHashSet();
            rows.RemoveAll(r => failed.Contains(r.Row));
            previewRows.RemoveAll(r => failed.Contains(r.Row));
        }
        var columnOrder = ImportColumns.All.Select((c, i) => (Label: ColumnLabel(c), Index: i))
            .DistinctBy(c => c.Label).ToDictionary(c => c.Label, c => c.Index, StringComparer.Ordinal);
        var ordered = problems.OrderBy(p => p.Row).ThenBy(p => columnOrder.GetValueOrDefault(p.Column)).ToList();
        return (new ImportPreview(fingerprint, previewRows, ordered), rows);
    }

    /// <summary>One row read and checked by the form's rules: one message per cell, the first thing wrong with it.</summary>
    private CheckedRow CheckRow(int rowNumber, XlsxRow cells, ImportRowReader reader)
    {
        var (input, cellProblems) = reader.Read(cells);
        var problems = cellProblems.Select(p => Problem(rowNumber, p.Column, p.Message)).ToList();
        foreach (var error in validator.Validate(input).Errors)
        {
            var column = ColumnOf(error.PropertyName);
            if (column is null || problems.Any(p => p.Column == ColumnLabel(column.Value))) continue;
            problems.Add(Problem(rowNumber, column.Value, error.ErrorMessage));
        }
        // Only a valid ID number is looked for among the sheet's other rows and the files on record: a wrong one
        // already has its problem, and 200,000 wrong ones were 200,000 hashes and 400 lookups for nothing.
        var idColumn = ColumnLabel(ImportColumn.IdNumber);
        var hash = input.IdNumber is { } idNumber && !problems.Any(p => p.Column == idColumn) ? protector.Hash(idNumber) : null;
        return new CheckedRow(rowNumber, input, problems, hash);
    }

    private sealed record CheckedRow(int Row, HouseholdInput Input, List<ImportProblem> Problems, string? IdNumberHash);

    private static bool IsBlank(XlsxRow row) => row.Cells.All(c => ImportCell.From(c.Value).IsBlank);

    /// <summary>Which sheet column holds each field, from the header row's texts; problems name the sheet's column letter.</summary>
    private (Dictionary<ImportColumn, int> ColumnsByField, List<ImportProblem> Problems) ReadHeader(XlsxRow header)
    {
        var columnsByField = new Dictionary<ImportColumn, int>();
        var problems = new List<ImportProblem>();
        foreach (var (sheetColumn, value) in header.Cells)
        {
            var text = ImportCell.From(value).Text;
            if (text is null) continue;
            if (ImportColumns.Match(text) is not { } column)
                problems.Add(new ImportProblem(header.Number, XlsxColumnLetters.Name(sheetColumn), messages["Import.UnknownHeader", text]));
            else if (!columnsByField.TryAdd(column, sheetColumn))
                problems.Add(new ImportProblem(header.Number, XlsxColumnLetters.Name(sheetColumn), messages["Import.DuplicateHeader", text]));
        }
        foreach (var missing in ImportColumns.Required.Where(c => !columnsByField.ContainsKey(c)).Order())
            problems.Add(new ImportProblem(header.Number, ColumnLabel(missing), messages["Import.MissingHeader", ImportColumns.Header(missing)]));
        return (columnsByField, problems);
    }

    /// <summary>
    /// People in the sheet who already have a file anywhere (one file per person, so read past the scope); the unit
    /// holding it is named only where the importing user may know it (<see cref="OnFileRefusal"/>).
    /// </summary>
    private async Task<List<ImportProblem>> AlreadyOnFileAsync(Dictionary<string, int> rowByHash, CancellationToken ct)
    {
        var problems = new List<ImportProblem>();
        foreach (var chunk in rowByHash.Keys.Chunk(LookupChunk))
        {
            var existing = await db.Households.AsNoTracking().OutsideUnitScope()
                .Where(h => chunk.Contains(h.IdNumberHash))
                .Select(h => new { h.IdNumberHash, UnitPath = h.OrgUnit!.Path })
                .ToListAsync(ct);
            var holders = await UnitDisclosure.DiscloseAsync(db, user, existing.Select(e => e.UnitPath).ToList(), ct);
            problems.AddRange(existing.Select(e =>
                Problem(rowByHash[e.IdNumberHash], ImportColumn.IdNumber, OnFileRefusal.For(messages, holders[e.UnitPath]))));
        }
        return problems;
    }

    private ImportProblem Problem(int row, ImportColumn column, string message) => new(row, ColumnLabel(column), message);

    private string ColumnLabel(ImportColumn column) => messages[ImportColumns.ResourceKey(column)];

    private static ImportColumn? ColumnOf(string propertyName)
    {
        var name = propertyName.Split('[', '.')[0];
        if (name == nameof(HouseholdInput.OrgUnitId)) return ImportColumn.Unit;
        return Enum.TryParse<ImportColumn>(name, out var column) ? column : null;
    }

    private static string HelpFor(ImportColumn column) => column switch
    {
        ImportColumn.Categories => ResourceText.Chinese("Import.Help.Categories") + string.Join("、",
            Enum.GetValues<HouseholdCategory>().Select(c => ResourceText.Chinese($"{nameof(HouseholdCategory)}.{c}"))),
        ImportColumn.Level => ResourceText.Chinese("Import.Help.Level") + string.Join("、",
            Enum.GetValues<HardshipLevel>().Select(l => ResourceText.Chinese($"{nameof(HardshipLevel)}.{l}"))),
        ImportColumn.HeadKind => string.Join("、",
            Enum.GetValues<HeadOfHouseholdKind>().Select(k => ResourceText.Chinese($"{nameof(HeadOfHouseholdKind)}.{k}"))),
        _ => ResourceText.Chinese($"Import.Help.{column}") is var text && text != $"Import.Help.{column}" ? text : "",
    };

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
