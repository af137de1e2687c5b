using Microsoft.Extensions.Localization;
using Relief.Core.Features.Visits;
using Relief.Pdf;

namespace Relief.Core.Reports.Printing;

/// <summary>
/// 慰问信, one letter to a page (A4): the heading, the salutation, the merged body in large print for older readers,
/// and the union's signature and date on the right, as a letter on the union's paper would be laid out.
/// </summary>
public sealed class CondolenceLettersDocument(
    string campaignName, IReadOnlyList<CondolenceLetter> letters, ReportFormat format, IStringLocalizer<CoreMessages> messages)
{
    private const float BodySize = 14;

    public Document Build() => Document.Create(document =>
    {
        document.Metadata(new DocumentMetadata
        {
            Title = messages["Print.Letters.Title", campaignName],
            Author = letters.Count > 0 ? letters[0].UnionName : "",
            Subject = campaignName,
            CreationDate = letters.Count > 0 ? new DateTimeOffset(letters[0].Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
        });
        // One run of pages per letter: each starts on a fresh page, and a long one continues on the next.
        foreach (var letter in letters) document.Page(page => Letter(page, letter));
    });

    private void Letter(PageDescriptor page, CondolenceLetter letter)
    {
        page.Size(PageSizes.A4).MarginMillimetres(30, 32, 28, 25)
            .DefaultTextStyle(s => s.FontSize(BodySize).FontColor(PrintTable.Ink).LineHeight(1.8f));
        page.Content().Column(column =>
        {
            column.Spacing(6);
            column.Item().PaddingBottom(18).Text(messages["Print.Letters.Heading"]).AlignCenter().FontSize(24).Bold();
            for (var i = 0; i < letter.Paragraphs.Count; i++)
            {
                // The first line is the salutation (尊敬的…同志：), flush left; the body paragraphs are indented two characters.
                var text = i == 0 || !format.IsChinese ? letter.Paragraphs[i] : "　　" + letter.Paragraphs[i];
                column.Item().Text(text).Justify();
            }
            column.Item().PaddingTop(36).AlignRight().Column(signature =>
            {
                signature.Spacing(2);
                signature.Item().AlignCenter().Text(letter.UnionName);
                signature.Item().AlignCenter().Text(letter.SigningLeader);
                signature.Item().AlignCenter().Text(format.Date(letter.Date));
            });
        });
    }
}
