using Microsoft.Extensions.Options;

namespace Relief.Core.Features.Attachments;

/// <summary>
/// Safe intake: the type by magic bytes, images re-encoded (<see cref="ImageNormalizer"/>), PDFs opened
/// (<see cref="PdfInspector"/>), everything else refused. Decoding is bounded to as many files at once as there are
/// cores, so ten phones uploading together cannot take the server's memory.
/// </summary>
public sealed class AttachmentIntake(IOptions<AttachmentOptions> options)
{
    private static readonly SemaphoreSlim Decoders = new(Environment.ProcessorCount, Environment.ProcessorCount);

    public async Task<IntakeResult> PrepareAsync(byte[] upload, CancellationToken ct)
    {
        if (upload.Length == 0) return IntakeResult.Refused(IntakeProblem.Empty);
        if (upload.LongLength > options.Value.MaxFileBytes) return IntakeResult.Refused(IntakeProblem.TooLarge, options.Value.MaxFileMegabytes);
        var type = FileSniffer.Sniff(upload);
        switch (type)
        {
            case SniffedType.Jpeg or SniffedType.Png or SniffedType.Webp:
                await Decoders.WaitAsync(ct);
                try
                {
                    return ImageNormalizer.Normalize(upload, type, options.Value.MaxImagePixels);
                }
                finally
                {
                    Decoders.Release();
                }
            case SniffedType.Pdf:
                return PdfInspector.Inspect(upload);
            default:
                return IntakeResult.Refused(type switch
                {
                    SniffedType.Program => IntakeProblem.Program,
                    SniffedType.Markup => IntakeProblem.Markup,
                    SniffedType.OfficeDocument => IntakeProblem.OfficeDocument,
                    SniffedType.Archive => IntakeProblem.Archive,
                    SniffedType.OtherImage => IntakeProblem.OtherImage,
                    _ => IntakeProblem.Unknown,
                });
        }
    }
}
