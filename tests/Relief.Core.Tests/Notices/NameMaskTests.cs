using Relief.Core.Features.Notices;

namespace Relief.Core.Tests.Notices;

public sealed class NameMaskTests
{
    [Theory]
    [InlineData("张三明", "张*明")]
    [InlineData("张三", "张*")]
    [InlineData("欧阳小明", "欧阳*明")]
    [InlineData("欧阳明", "欧阳*")]
    [InlineData("司马相如", "司马*如")]
    [InlineData("阿依古丽", "阿**丽")]
    [InlineData("李", "李")]
    [InlineData(" 王五 ", "王*")]
    [InlineData("𠈌小明", "𠈌*明")]
    public void Names_keep_the_surname_and_the_last_character(string name, string masked) => Assert.Equal(masked, NameMask.Mask(name));
}
