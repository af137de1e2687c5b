using Relief.Core.Features.Administration;

namespace Relief.Core.Tests.Administration;

public sealed class UnitDisclosureTests
{
    [Theory]
    [InlineData("/1/4/9/", "/1/4/12/", "/1/4/")]
    [InlineData("/1/4/9/", "/1/5/", "/1/")]
    [InlineData("/1/4/", "/1/4/9/", "/1/4/")]
    [InlineData("/1/4/9/", "/1/4/", "/1/4/")]
    [InlineData("/1/41/", "/1/4/", "/1/")]
    [InlineData("/2/", "/3/", "/")]
    public void The_unit_to_ask_is_the_lowest_above_both(string first, string second, string expected) =>
        Assert.Equal(expected, UnitDisclosure.CommonAncestorPath(first, second));

    [Theory]
    [InlineData("/1/4/", "/1/4/9/", true)]   // below the user: in scope
    [InlineData("/1/4/9/", "/1/4/", true)]   // above the user: its name is shown anyway
    [InlineData("/1/4/9/", "/1/4/12/", false)] // a sibling branch
    [InlineData("/1/41/", "/1/4/", false)]   // a prefix of digits is not an ancestor
    [InlineData("/", "/7/8/", true)]         // the system sees the whole tree
    public void A_unit_is_named_only_in_or_above_the_users_scope(string scope, string unit, bool named) =>
        Assert.Equal(named, UnitDisclosure.MayName(new FixedCurrentUser("u", "u", 1, scope, Roles.Officer), unit));
}
