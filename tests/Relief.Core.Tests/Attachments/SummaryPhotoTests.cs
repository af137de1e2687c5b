using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Common;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Attachments;
using Relief.Core.Features.Visits;
using Relief.Core.Reports.Printing;
using Relief.Core.Reports.YearEndSummary;
using Relief.Core.Reports.YearEndSummary.Photos;
using Relief.Core.Tests.Reports;
using SkiaSharp;
using UglyToad.PdfPig;

namespace Relief.Core.Tests.Attachments;

/// <summary>
/// 走访剪影: the Chair chooses the campaign's visit photos for the year-end summary; the service holds every rule the
/// chooser page shows, and the PDF and Word summaries carry the chosen photos with their captions.
/// </summary>
public sealed class SummaryPhotoTests : IAsyncLifetime
{
    private AttachmentsDatabase _db = null!;
    private int _visitA;
    private readonly List<int> _photos = [];

    public async Task InitializeAsync()
    {
        _db = await AttachmentsDatabase.CreateAsync();
        _visitA = await AddVisitAsync(_db.Db.BranchA.Id, _db.Db.Campaign.Id);
        // Seven photos of one home visit, each a colour of its own (so a different file).
        SKColor[] colours = [SKColors.Teal, SKColors.Coral, SKColors.Olive, SKColors.SteelBlue, SKColors.Tan, SKColors.Orchid, SKColors.Sienna];
        foreach (var colour in colours) _photos.Add(await UploadToVisitAsync(_visitA, SampleFiles.Photo(800, 600, colour)));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<int> AddVisitAsync(int unitId, int? campaignId) => _db.Db.WithDbAsync(async db =>
    {
        var visit = new Visit { OrgUnitId = unitId, CampaignId = campaignId, Kind = VisitKind.Home, VisitedOn = Visits.VisitsDatabase.Today, Place = "家中" };
        db.Visits.Add(visit);
        await db.SaveChangesAsync();
        return visit.Id;
    });

    private async Task<int> UploadToVisitAsync(int visitId, byte[] photo)
    {
        var result = await _db.AttachmentsAsync(s => s.UploadAsync(new AttachmentUpload
        {
            OwnerKind = AttachmentOwnerKind.Visit, OwnerId = visitId, KindId = AttachmentKinds.VisitPhoto, FileName = "photo.jpg", Content = photo, Note = "登门慰问",
        }));
        Assert.True(result.Succeeded, string.Join("; ", result.Validation.Errors));
        return result.Value!.Id;
    }

    private async Task WithdrawAsync(int attachmentId, string reason)
    {
        var version = await _db.Db.WithDbAsync(db => db.Attachments.Where(a => a.Id == attachmentId).Select(a => a.Version).SingleAsync());
        var withdrawn = await _db.AttachmentsAsync(s => s.DeleteAsync(attachmentId, new AttachmentDeletion { Reason = reason, Version = version }));
        Assert.True(withdrawn.Succeeded, string.Join("; ", withdrawn.Validation.Errors));
    }

    private Task<T> AsChairAsync<T>(Func<SummaryPhotoService, Task<T>> work, ICurrentUser? chair = null)
    {
        _db.Db.ActAs(chair ?? _db.Db.Chair());
        return _db.Db.RunAsync(sp => work(ActivatorUtilities.CreateInstance<SummaryPhotoService>(sp, (IAttachmentStore)_db.Store)));
    }

    /// <summary>The year-end summary rendered as the chair, over this database's attachment store.</summary>
    private Task<PrintedDocument> SummaryAsync(Func<YearEndSummaryService, Task<PrintedDocument>> render)
    {
        _db.Db.ActAs(_db.Db.Chair());
        return _db.Db.RunAsync(sp => render(ActivatorUtilities.CreateInstance<YearEndSummaryService>(sp,
            ActivatorUtilities.CreateInstance<SummaryPhotoService>(sp, (IAttachmentStore)_db.Store))));
    }

    private Task<SummaryPhotoChoice> ChoiceAsync() => AsChairAsync(s => s.GetAsync(_db.Db.Campaign.Id, new PageRequest(1, 50)));

    private async Task<ServiceResult<int>> SaveAsync(params SummaryPhotoLine[] lines)
    {
        var version = (await ChoiceAsync()).Version;
        return await AsChairAsync(s => s.SaveAsync(_db.Db.Campaign.Id, new SummaryPhotosInput { Photos = lines, BasedOn = version }));
    }

    private Task<List<SummaryPhoto>> RowsAsync() => _db.Db.WithDbAsync(db => db.SummaryPhotos.AsNoTracking().OrderBy(p => p.Position).ToListAsync());

    [Fact]
    public async Task The_chair_chooses_photos_in_order_with_captions_and_the_choice_is_audited()
    {
        var saved = await SaveAsync(new(_photos[2], " 看望困难职工 "), new(_photos[0], "送上慰问金"));

        Assert.True(saved.Succeeded, string.Join("; ", saved.Validation.Errors));
        var choice = await ChoiceAsync();
        Assert.True(choice.MayChoose);
        Assert.Equal([(_photos[2], 1, "看望困难职工"), (_photos[0], 2, "送上慰问金")], choice.Chosen.Select(c => (c.AttachmentId, c.Position!.Value, c.Caption!)));
        Assert.Equal(_photos.Count - 2, choice.Others.Total);
        Assert.DoesNotContain(choice.Others.Items, c => c.Position is not null);
        var audited = await _db.Db.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == nameof(SummaryPhoto) && a.Action == AuditAction.Insert));
        Assert.Equal(2, audited);

        // Saving again reorders, re-captions and drops, keeping the rows it keeps.
        Assert.True((await SaveAsync(new SummaryPhotoLine(_photos[0], "送上慰问金和米油"))).Succeeded);
        var rows = await RowsAsync();
        Assert.Equal([(_photos[0], 1, "送上慰问金和米油")], rows.Select(r => (r.AttachmentId, r.Position, r.Caption)));
    }

    [Fact]
    public async Task Every_rule_of_the_chooser_holds_in_the_service_and_a_refused_choice_saves_nothing()
    {
        var household = await _db.Db.AddHouseholdAsync(_db.Db.BranchA, "赵六");
        var paper = (await _db.AttachmentsAsync(s => s.UploadAsync(new AttachmentUpload
        {
            OwnerKind = AttachmentOwnerKind.Household, OwnerId = household, KindId = AttachmentKinds.Application, FileName = "申请书.jpg",
            Content = SampleFiles.Photo(640, 480, SKColors.Gold),
        }))).Value!.Id;
        var otherVisit = await AddVisitAsync(_db.Db.BranchA.Id, campaignId: null);
        var outsideCampaign = await UploadToVisitAsync(otherVisit, SampleFiles.Photo(640, 480, SKColors.Navy));
        var withdrawn = await UploadToVisitAsync(_visitA, SampleFiles.Photo(640, 480, SKColors.Maroon));
        await WithdrawAsync(withdrawn, "拍错了");

        (SummaryPhotoLine[] Lines, string Message)[] refusals =
        [
            (_photos.Select(p => new SummaryPhotoLine(p, "说明")).ToArray(), "剪影最多选 6 张照片（一页）。"),
            ([new(_photos[0], "说明"), new(_photos[0], "又一次")], "同一张照片只能选一次。"),
            ([new(_photos[0], "  ")], "请为每张选入的照片写一句说明。"),
            ([new(_photos[0], null)], "请为每张选入的照片写一句说明。"),
            ([new(_photos[0], new string('慰', SummaryPhotoRules.MaxCaptionLength + 1))], "照片说明最多 60 个字。"),
            ([new(_photos[0], "说明"), new(paper, "申请书")], "这张照片不是本次活动的走访照片，或已撤回，不能选入剪影。"),
            ([new(outsideCampaign, "活动外的走访")], "这张照片不是本次活动的走访照片，或已撤回，不能选入剪影。"),
            ([new(withdrawn, "撤回的照片")], "这张照片不是本次活动的走访照片，或已撤回，不能选入剪影。"),
            ([new(int.MaxValue, "不存在")], "这张照片不是本次活动的走访照片，或已撤回，不能选入剪影。"),
        ];
        foreach (var (lines, message) in refusals)
        {
            var result = await SaveAsync(lines);
            Assert.False(result.Succeeded);
            Assert.Contains(message, result.Validation.Errors.Select(e => e.ErrorMessage));
        }
        Assert.Empty(await RowsAsync());
    }

    [Fact]
    public async Task Only_a_chair_of_the_organizing_unit_or_above_may_choose()
    {
        var version = (await ChoiceAsync()).Version;
        var input = new SummaryPhotosInput { Photos = [new(_photos[0], "说明")], BasedOn = version };

        // The branch's Chair sees the campaign but does not organize it; an officer decides nothing; 乙分工会 cannot see it.
        var branchChair = new FixedCurrentUser(_db.Db.ChairUser.Id, "branch-chair", _db.Db.BranchA.Id, _db.Db.BranchA.Path, Roles.Chair);
        Assert.False((await AsChairAsync(s => s.GetAsync(_db.Db.Campaign.Id, new PageRequest()), branchChair)).MayChoose);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => AsChairAsync(s => s.SaveAsync(_db.Db.Campaign.Id, input), branchChair));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => AsChairAsync(s => s.SaveAsync(_db.Db.Campaign.Id, input), _db.Db.Officer(_db.Db.BranchA)));
        await Assert.ThrowsAsync<NotFoundException>(() => AsChairAsync(s => s.GetAsync(_db.Db.Campaign.Id, new PageRequest()), _db.Db.Officer(_db.Db.BranchB)));
        Assert.Empty(await RowsAsync());
    }

    [Fact]
    public async Task A_choice_saved_over_one_a_colleague_changed_since_is_refused_and_theirs_stays()
    {
        var opened = (await ChoiceAsync()).Version;
        Assert.True((await SaveAsync(new SummaryPhotoLine(_photos[1], "同事选的"))).Succeeded);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => AsChairAsync(s =>
            s.SaveAsync(_db.Db.Campaign.Id, new SummaryPhotosInput { Photos = [new(_photos[3], "我选的")], BasedOn = opened })));

        Assert.Equal([(_photos[1], "同事选的")], (await RowsAsync()).Select(r => (r.AttachmentId, r.Caption)));
        // Only the caption changed: still a change.
        var afterColleague = (await ChoiceAsync()).Version;
        Assert.True((await SaveAsync(new SummaryPhotoLine(_photos[1], "同事选的，改了说明"))).Succeeded);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => AsChairAsync(s =>
            s.SaveAsync(_db.Db.Campaign.Id, new SummaryPhotosInput { Photos = [], BasedOn = afterColleague })));
    }

    [Fact]
    public async Task The_pdf_and_word_summaries_carry_the_chosen_photos_framed_in_order_and_each_print_is_audited()
    {
        Assert.True((await SaveAsync(new(_photos[4], "看望困难职工家庭"), new(_photos[5], "送上慰问金"), new(_photos[6], "撤回前选的"))).Succeeded);
        await WithdrawAsync(_photos[6], "家属不同意公开");
        var format = new ReportFormat(CultureInfo.GetCultureInfo("zh-CN"));

        var pdf = await SummaryAsync(s => s.RenderAsync(_db.Db.Campaign.Id, format));
        await PdfText.KeepAsync("summary-photos.pdf", pdf.Content);

        using (var document = PdfDocument.Open(pdf.Content))
        {
            var page = document.GetPages().Single(p => PdfText.Squash(p.Text).Contains("走访剪影", StringComparison.Ordinal));
            var text = PdfText.Squash(page.Text);
            Assert.True(text.IndexOf("看望困难职工家庭", StringComparison.Ordinal) < text.IndexOf("送上慰问金", StringComparison.Ordinal), text);
            Assert.DoesNotContain("撤回前选的", text);
            var images = page.GetImages().ToList();
            Assert.Equal(2, images.Count);
            Assert.All(images, image => Assert.Equal((PrintedPhoto.PixelWidth, PrintedPhoto.PixelHeight), (image.WidthInSamples, image.HeightInSamples)));
            // Side by side on one row, the first on the left.
            Assert.Equal(images[0].BoundingBox.Bottom, images[1].BoundingBox.Bottom, 1);
            Assert.True(images[0].BoundingBox.Left < images[1].BoundingBox.Left);
        }

        var word = await SummaryAsync(s => s.RenderWordAsync(_db.Db.Campaign.Id, format));
        using (var stream = new MemoryStream(word.Content))
        using (var docx = WordprocessingDocument.Open(stream, false))
        {
            Assert.Equal(2, docx.MainDocumentPart!.ImageParts.Count());
            var body = docx.MainDocumentPart.Document!.Body!.InnerText;
            Assert.Contains("走访剪影", body);
            Assert.Contains("看望困难职工家庭", body);
            Assert.DoesNotContain("撤回前选的", body);
        }

        // Two renderings, two photos each: four openings, each naming the photo and the summary.
        var opened = await _db.Db.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == nameof(Attachment) && a.Action == AuditAction.Access && a.NewValues!.Contains("YearEndSummary"))
            .Select(a => a.EntityKey).ToListAsync());
        Assert.Equal(4, opened.Count);
        Assert.Equal(2, opened.Count(k => k == _photos[4].ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Six_photos_with_the_longest_captions_fill_one_page_three_rows_of_two()
    {
        var caption = new string('慰', SummaryPhotoRules.MaxCaptionLength);
        Assert.True((await SaveAsync(_photos.Take(SummaryPhotoRules.MaxPhotos).Select(p => new SummaryPhotoLine(p, caption)).ToArray())).Succeeded);

        var pdf = await SummaryAsync(s => s.RenderAsync(_db.Db.Campaign.Id, new ReportFormat(CultureInfo.GetCultureInfo("zh-CN"))));
        await PdfText.KeepAsync("summary-six-photos.pdf", pdf.Content);

        using var document = PdfDocument.Open(pdf.Content);
        var page = document.GetPages().Single(p => PdfText.Squash(p.Text).Contains("走访剪影", StringComparison.Ordinal));
        var rows = page.GetImages().GroupBy(i => Math.Round(i.BoundingBox.Bottom)).ToList();
        Assert.Equal([2, 2, 2], rows.Select(r => r.Count()));
    }

    [Fact]
    public async Task A_reader_gets_only_the_chosen_photos_their_scope_covers()
    {
        Assert.True((await SaveAsync(new SummaryPhotoLine(_photos[0], "甲一分工会的走访"))).Succeeded);

        var company = await AsChairAsync(s => s.ForPrintAsync(_db.Db.Campaign.Id));
        var outside = await AsChairAsync(s => s.ForPrintAsync(_db.Db.Campaign.Id), _db.Db.Officer(_db.Db.BranchB));

        Assert.Equal("甲一分工会的走访", Assert.Single(company).Caption);
        Assert.Empty(outside);
    }
}
