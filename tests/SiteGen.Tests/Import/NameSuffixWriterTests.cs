using System.Text;
using System.Text.Json;
using SiteGen.Citation;
using SiteGen.Export;
using SiteGen.Model;

namespace SiteGen.Tests.Import;

/// <summary>
/// A "Jr." kept in the family name ("King Jr.") is written where each format puts a suffix, so
/// other tools do not sort or abbreviate it as part of the family name.
/// </summary>
public sealed class NameSuffixWriterTests
{
    private static readonly Reference Letter = Reference.Of(new PaperRecord
    {
        Title = "Letter",
        Authors = [new PersonName("Martin Luther", "King Jr."), new PersonName("Anna", "van der Berg Sr."), new PersonName("", "Ford III"), new PersonName("Ann", "Smith")],
        Source = new SourceLocation("generated", 0),
        Format = ListingFormat.Bibtex,
    });

    [Fact]
    public void Bibtex_writes_von_last_jr_first()
    {
        Assert.Contains("author = {King, Jr., Martin Luther and van der Berg, Sr., Anna and {Ford III} and Smith, Ann}", BibtexWriter.Entry(Letter), StringComparison.Ordinal);
    }

    [Fact]
    public void Ris_writes_last_first_suffix()
    {
        var authors = RisWriter.Write([Letter]).Split('\n').Where(l => l.StartsWith("AU  - ", StringComparison.Ordinal)).Select(l => l[6..]);
        Assert.Equal(["King, Martin Luther, Jr.", "van der Berg, Anna, Sr.", "Ford III,", "Smith, Ann"], authors);
    }

    [Fact]
    public void Csl_json_writes_the_suffix_field()
    {
        using var buffer = new MemoryStream();
        CslJsonWriter.Write([Letter], buffer);
        var authors = JsonDocument.Parse(Encoding.UTF8.GetString(buffer.ToArray())).RootElement[0].GetProperty("author").EnumerateArray().ToList();
        Assert.Equal("King", authors[0].GetProperty("family").GetString());
        Assert.Equal("Jr.", authors[0].GetProperty("suffix").GetString());
        Assert.Equal("van der Berg", authors[1].GetProperty("family").GetString());
        Assert.Equal("Sr.", authors[1].GetProperty("suffix").GetString());
        Assert.Equal("Ford", authors[2].GetProperty("family").GetString());
        Assert.Equal("III", authors[2].GetProperty("suffix").GetString());
        Assert.False(authors[3].TryGetProperty("suffix", out _));
    }
}
