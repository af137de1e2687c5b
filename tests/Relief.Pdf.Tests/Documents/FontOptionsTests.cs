using Relief.Pdf.Tests.Support;

namespace Relief.Pdf.Tests.Documents;

public class FontOptionsTests
{
    [Fact]
    public void A_font_folder_overrides_the_bundled_regular_font()
    {
        var folder = Directory.CreateTempSubdirectory("relief-fonts-");
        try
        {
            // The bundled bold file under the regular name: regular text must now come out bold.
            using (var bold = typeof(Document).Assembly.GetManifestResourceStream("Relief.Pdf.Fonts.NotoSansSC-Bold.ttf")!)
            using (var file = File.Create(Path.Combine(folder.FullName, "NotoSansSC-Regular.ttf")))
            {
                bold.CopyTo(file);
            }

            var document = TestDocuments.Paragraphs(["字体"]);
            var bundled = PdfReader.Letters(document.GeneratePdf(), 1)[0].FontName;
            var overridden = PdfReader.Letters(document.GeneratePdf(new PdfFontOptions { FontFolder = folder.FullName }), 1)[0].FontName;

            Assert.DoesNotContain("Bold", bundled, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("Bold", overridden, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_missing_font_folder_is_an_error_not_a_silent_fallback()
    {
        var options = new PdfFontOptions { FontFolder = Path.Combine(Path.GetTempPath(), "relief-no-such-folder") };

        Assert.Throws<DirectoryNotFoundException>(() => TestDocuments.Paragraphs(["字"]).GeneratePdf(options));
    }
}
