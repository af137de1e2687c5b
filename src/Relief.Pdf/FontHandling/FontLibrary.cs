using System.Collections.Concurrent;
using System.Reflection;

namespace Relief.Pdf.FontHandling;

/// <summary>
/// Loads font sets once per process (each bundled file is ~10 MB) and shares them between documents and threads.
/// Every set ends with the bundled fallback, a small subset of Noto Sans JP Regular with the rare ideographs
/// (CJK Extension B and others, such as 𠮷 U+20BB7) that Noto Sans SC lacks; a document embeds it only if it
/// draws one of them.
/// </summary>
internal static class FontLibrary
{
    private const string ResourcePrefix = "Relief.Pdf.Fonts.";
    private const string BundledRegular = "NotoSansSC-Regular.ttf";
    private const string BundledBold = "NotoSansSC-Bold.ttf";
    private const string BundledFallback = "NotoSansJP-Regular-Fallback.ttf";

    private static readonly ConcurrentDictionary<PdfFontOptions, Lazy<FontSet>> Sets = new();
    private static readonly Lazy<FontFace> BundledRegularFace = new(() => LoadBundled(BundledRegular));
    private static readonly Lazy<FontFace> BundledBoldFace = new(() => LoadBundled(BundledBold));
    private static readonly Lazy<FontFace> BundledFallbackFace = new(() => LoadBundled(BundledFallback));

    public static FontSet Get(PdfFontOptions options) =>
        Sets.GetOrAdd(options, key => new Lazy<FontSet>(() => Load(key))).Value;

    private static FontSet Load(PdfFontOptions options)
    {
        if (string.IsNullOrEmpty(options.FontFolder))
        {
            return new FontSet(BundledRegularFace.Value, BundledBoldFace.Value, [BundledFallbackFace.Value]);
        }

        if (!Directory.Exists(options.FontFolder))
        {
            throw new DirectoryNotFoundException($"Font folder '{options.FontFolder}' does not exist.");
        }

        var regularPath = Path.Combine(options.FontFolder, options.RegularFileName);
        var boldPath = Path.Combine(options.FontFolder, options.BoldFileName);
        var regular = File.Exists(regularPath) ? LoadFile(regularPath) : BundledRegularFace.Value;
        var bold = File.Exists(boldPath) ? LoadFile(boldPath) : BundledBoldFace.Value;

        var fallbackPaths = Directory.EnumerateFiles(options.FontFolder, "*.ttf")
            .Where(path => !SamePath(path, regularPath) && !SamePath(path, boldPath))
            .Order(StringComparer.Ordinal)
            .ToList();
        var fallbacks = fallbackPaths.Select(LoadFile).ToList();

        // The folder's fallbacks come first; the bundled one covers what they all lack, unless the folder has a
        // file of its name, which replaces it like the regular and bold files replace theirs.
        if (!fallbackPaths.Any(path => string.Equals(Path.GetFileName(path), BundledFallback, StringComparison.OrdinalIgnoreCase)))
        {
            fallbacks.Add(BundledFallbackFace.Value);
        }

        return new FontSet(regular, bold, fallbacks);
    }

    private static bool SamePath(string left, string right) =>
        string.Equals(Path.GetFullPath(left), Path.GetFullPath(right), StringComparison.OrdinalIgnoreCase);

    private static FontFace LoadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return FontFace.Load(Path.GetFileName(path), stream);
    }

    private static FontFace LoadBundled(string fileName)
    {
        // The stream is a view of the loaded assembly image, which stays mapped; disposing it frees nothing.
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"Bundled font '{fileName}' is missing from the assembly.");
        return stream is UnmanagedMemoryStream image
            ? FontFace.LoadBundled(fileName, image)
            : FontFace.Load(fileName, stream);
    }
}
