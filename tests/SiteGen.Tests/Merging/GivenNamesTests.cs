using SiteGen.Merging;

namespace SiteGen.Tests.Merging;

/// <summary>Which given names can belong to one person; compatibility alone never merges (see <see cref="AuthorIdentityTests"/>).</summary>
public sealed class GivenNamesTests
{
    [Theory]
    [InlineData("Chris", "Christopher C", true)]
    [InlineData("Mercy", "Mercy Prasanna", true)]
    [InlineData("J.", "John", true)]
    [InlineData("Daniel C.", "Daniel C", true)]
    [InlineData("Aurélien", "Aurelien", true)]
    [InlineData("J.-P.", "Jean-Pierre", true)]
    [InlineData("Benjamin F.", "Benjamin", true)]
    [InlineData("John", "Jane", false)]
    [InlineData("Jo", "John", false)] // two letters are too short to be a known short form
    [InlineData("Christian", "Christopher", false)]
    [InlineData("Mufan Bill", "Chuning", false)]
    [InlineData("Benjamin F.", "Benjamin G.", false)]
    [InlineData("", "John", false)]
    public void Compatible_given_names(string a, string b, bool expected)
    {
        Assert.Equal(expected, GivenNames.Compatible(a, b));
        Assert.Equal(expected, GivenNames.Compatible(b, a));
    }
}
