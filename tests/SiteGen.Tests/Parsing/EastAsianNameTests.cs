using SiteGen.Model;
using SiteGen.Parsing.Names;

namespace SiteGen.Tests.Parsing;

/// <summary>Chinese, Japanese and Korean names are written family name first (issue 20: names shown as written).</summary>
public sealed class EastAsianNameTests
{
    [Theory]
    [InlineData("山田 太郎", "山田", "太郎", "山田太郎")]
    [InlineData("王 伟", "王", "伟", "王伟")]
    [InlineData("김 민수", "김", "민수", "김민수")]
    [InlineData("Wei Wang", "Wang", "Wei", "Wei Wang")] // in Latin letters, the order of the listing's language
    [InlineData("Wang 伟", "伟", "Wang", "Wang 伟")] // mixed: not taken for an East Asian name
    public void A_name_written_in_natural_order_keeps_its_family_name_first_in_these_scripts(string text, string family, string given, string display)
    {
        var name = PersonNameParser.ParseNatural(text);
        Assert.Equal(new PersonName(given, family), name);
        Assert.Equal(display, name.Display);
    }

    [Fact]
    public void An_inverted_name_shows_family_name_first_without_a_space_and_cites_as_written()
    {
        var name = PersonNameParser.ParseInverted("佐藤", "花子");
        Assert.Equal("佐藤花子", name.Display);
        Assert.Equal("佐藤, 花子", name.Inverted);
    }
}
