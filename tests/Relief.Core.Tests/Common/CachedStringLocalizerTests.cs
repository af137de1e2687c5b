using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Relief.Core.Common;

namespace Relief.Core.Tests.Common;

public sealed class CachedStringLocalizerTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static CachedStringLocalizer<CoreMessages> Localizer() =>
        new(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance));

    private static string In(CultureInfo culture, Func<string> read)
    {
        var (ui, formatting) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = culture;
        try { return read(); }
        finally { (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, formatting); }
    }

    [Fact]
    public void Each_culture_keeps_its_own_text_whichever_was_asked_first()
    {
        var localizer = Localizer();

        var english = In(English, () => localizer["Import.Required"]);
        var chinese = In(Chinese, () => localizer["Import.Required"]);

        Assert.Equal("This cell is required.", english);
        Assert.Equal("此项必填。", chinese);
        Assert.Equal(english, In(English, () => localizer["Import.Required"]));
        Assert.Equal(chinese, In(Chinese, () => localizer["Import.Required"]));
    }

    [Fact]
    public void Arguments_are_formatted_into_the_culture_s_text()
    {
        var localizer = Localizer();

        Assert.Equal("“abc” is not recognised; see the instructions sheet.", In(English, () => localizer["Import.UnknownValue", "abc"]));
        Assert.Equal("无法识别“abc”，请按填写说明填写。", In(Chinese, () => localizer["Import.UnknownValue", "abc"]));
    }

    [Fact]
    public void A_key_that_is_not_a_resource_says_so()
    {
        var localizer = Localizer();

        var missing = localizer["No.Such.Key"];

        Assert.True(missing.ResourceNotFound);
        Assert.Equal("No.Such.Key", missing.Value);
    }
}
