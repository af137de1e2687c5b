using Relief.Pdf.Tests.Support;

namespace Relief.Pdf.Tests.Documents;

public class ConcurrencyTests
{
    [Fact]
    public async Task Eight_documents_rendered_in_parallel_equal_their_single_threaded_output()
    {
        var documents = Enumerable.Range(0, 8)
            .Select(index => index % 2 == 0
                ? TestDocuments.Table(80 + (index * 10), $"名册{index}")
                : SampleReport.Create(index))
            .ToList();
        var sequential = documents.Select(document => document.GeneratePdf()).ToList();

        var parallel = await Task.WhenAll(documents.Select(document => Task.Run(() => document.GeneratePdf())));

        for (var index = 0; index < documents.Count; index++)
        {
            Assert.Equal(sequential[index], parallel[index]);
        }
    }

    [Fact]
    public void The_same_document_renders_to_the_same_bytes_twice()
    {
        var document = SampleReport.Create(1);

        Assert.Equal(document.GeneratePdf(), document.GeneratePdf());
    }
}
