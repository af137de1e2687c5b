using Relief.Pdf.Layout;

namespace Relief.Pdf.Rendering;

/// <summary>One page after layout: its settings, the content placed on it, and where the content starts.</summary>
internal sealed class PageLayout(PageDescriptor settings, Fragment content, float contentTop)
{
    public PageDescriptor Settings { get; } = settings;

    public Fragment Content { get; } = content;

    public float ContentTop { get; } = contentTop;

    public Fragment? Header { get; set; }

    public Fragment? Footer { get; set; }
}
