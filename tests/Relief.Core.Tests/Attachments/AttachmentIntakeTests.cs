using System.Diagnostics;
using Microsoft.Extensions.Options;
using Relief.Core.Features.Attachments;
using SkiaSharp;

namespace Relief.Core.Tests.Attachments;

/// <summary>Safe intake on files made here: the type by content, images re-encoded upright without metadata, PDFs opened.</summary>
public sealed class AttachmentIntakeTests
{
    private static readonly AttachmentIntake Intake = new(Options.Create(new AttachmentOptions()));

    [Fact]
    public async Task A_sideways_phone_photo_comes_back_upright_and_without_its_exif_or_gps_position()
    {
        var upload = SampleFiles.SidewaysPhotoWithGps();
        Assert.True(upload.AsSpan().IndexOf(SampleFiles.GpsMarker) >= 0, "the sample must carry the GPS block it is about");

        var result = await Intake.PrepareAsync(upload, CancellationToken.None);

        var file = Assert.IsType<PreparedFile>(result.File);
        Assert.Equal("image/jpeg", file.MediaType);
        Assert.Equal((SampleFiles.PhotoHeight, SampleFiles.PhotoWidth), (file.Width, file.Height));
        Assert.True(file.Content.AsSpan().IndexOf(SampleFiles.GpsMarker) < 0, "the GPS block is gone");
        Assert.True(file.Content.AsSpan().IndexOf("Exif"u8) < 0, "no EXIF segment at all");
        using var stored = SKBitmap.Decode(file.Content);
        Assert.Equal((200, 400), (stored.Width, stored.Height));
        // Turned clockwise: the left (red) half is now on top, the right (blue) half at the bottom.
        AssertNear(SKColors.Red, stored.GetPixel(100, 50));
        AssertNear(SKColors.Blue, stored.GetPixel(100, 350));
        using var thumbnail = SKBitmap.Decode(file.Thumbnail);
        Assert.True(Math.Max(thumbnail.Width, thumbnail.Height) <= AttachmentLimits.ThumbnailSide);
    }

    [Fact]
    public async Task A_large_photo_is_stored_at_most_2048_pixels_on_its_longest_side_with_a_320_pixel_thumbnail()
    {
        var result = await Intake.PrepareAsync(SampleFiles.Photo(4000, 3000, SKColors.Beige), CancellationToken.None);

        var file = Assert.IsType<PreparedFile>(result.File);
        Assert.Equal((2048, 1536), (file.Width, file.Height));
        using var thumbnail = SKBitmap.Decode(file.Thumbnail);
        Assert.Equal((320, 240), (thumbnail.Width, thumbnail.Height));
    }

    [Fact]
    public async Task A_png_claiming_60000_by_60000_pixels_is_refused_at_once_without_decoding()
    {
        var upload = SampleFiles.PngClaiming(60_000, 60_000);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();

        var result = await Intake.PrepareAsync(upload, CancellationToken.None);

        watch.Stop();
        Assert.Equal(IntakeProblem.TooManyPixels, result.Problem);
        Assert.Equal([60_000, 60_000, 50L], result.Details);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"refused in {watch.Elapsed.TotalMilliseconds:F0} ms");
        // Decoding would need 14.4 GB; reading the header needs next to nothing.
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore < 4 * 1024 * 1024);
    }

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public async Task Files_that_are_not_photos_or_pdfs_are_refused_whatever_their_name(string what, byte[] content, IntakeProblem expected)
    {
        var result = await Intake.PrepareAsync(content, CancellationToken.None);

        Assert.Null(result.File);
        Assert.True(expected == result.Problem, $"{what}: {result.Problem}");
    }

    public static TheoryData<string, byte[], IntakeProblem> RefusedFiles() => new()
    {
        { "a renamed program", SampleFiles.Program(), IntakeProblem.Program },
        { "an SVG with a script", SampleFiles.SvgWithScript(), IntakeProblem.Markup },
        { "a zip", SampleFiles.Zip(), IntakeProblem.Archive },
        { "a truncated PDF", SampleFiles.TruncatedPdf(), IntakeProblem.DamagedPdf },
        { "a GIF", "GIF89a\u0001\0\u0001\0"u8.ToArray(), IntakeProblem.OtherImage },
        { "a text file", "家庭经济状况说明"u8.ToArray(), IntakeProblem.Unknown },
        { "a cut-off JPEG", SampleFiles.Photo(800, 600, SKColors.Gray)[..400], IntakeProblem.DamagedImage },
        { "a PDF with JavaScript", SampleFiles.Pdf("/JavaScript (app.alert(1))"), IntakeProblem.ActivePdf },
        { "nothing", Array.Empty<byte>(), IntakeProblem.Empty },
    };

    [Fact]
    public async Task A_whole_pdf_is_kept_as_uploaded_with_its_page_count()
    {
        var upload = SampleFiles.Pdf();

        var result = await Intake.PrepareAsync(upload, CancellationToken.None);

        var file = Assert.IsType<PreparedFile>(result.File);
        Assert.Equal("application/pdf", file.MediaType);
        Assert.Equal(1, file.PageCount);
        Assert.Equal(upload, file.Content);
        Assert.Null(file.Thumbnail);
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_before_its_type_is_read()
    {
        var small = new AttachmentIntake(Options.Create(new AttachmentOptions { MaxFileMegabytes = 1 }));

        var result = await small.PrepareAsync(new byte[1024 * 1024 + 1], CancellationToken.None);

        Assert.Equal(IntakeProblem.TooLarge, result.Problem);
        Assert.Equal([1], result.Details);
    }

    [Fact]
    public void Display_names_are_text_only_never_paths()
    {
        Assert.Equal("passwd", DisplayFileName.From("../../etc/passwd", "x"));
        Assert.Equal("诊断证明.pdf", DisplayFileName.From(@"C:\Users\张\Desktop\诊断证明.pdf", "x"));
        Assert.Equal("photo.jpg", DisplayFileName.From("photo\u202E.jpg", "x"));
        Assert.Equal("（未命名）", DisplayFileName.From("  ", "（未命名）"));
    }

    private static void AssertNear(SKColor expected, SKColor actual)
    {
        var distance = Math.Abs(expected.Red - actual.Red) + Math.Abs(expected.Green - actual.Green) + Math.Abs(expected.Blue - actual.Blue);
        Assert.True(distance < 60, $"expected {expected}, got {actual}");
    }
}
