using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Tests.Merging;

/// <summary>The authors: and topics: sections of site.yml, and their line-numbered warnings.</summary>
public sealed class SiteConfigIdentityTests
{
    [Fact]
    public void Authors_section_is_read_into_typed_settings()
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Parse("""
            authors:
              aliases:
                "Chris Holmes": ["Holmes, Christopher C", "C. Holmes"]
              distinct:
                - ["Jane Smith", "J. Smith"]
              members:
                - { name: Fabian Falck, homepage: "https://example.org" }
                - Ann Other
              list_owners_are_members: no
            """, "site.yml", diagnostics);
        Assert.Empty(diagnostics.Items);
        var alias = Assert.Single(config.Authors.Aliases);
        Assert.Equal("Chris Holmes", alias.Canonical);
        Assert.Equal(["Holmes, Christopher C", "C. Holmes"], alias.Variants);
        Assert.Equal(new SourceLocation("site.yml", 3), alias.Location);
        Assert.Equal(["Jane Smith", "J. Smith"], Assert.Single(config.Authors.Distinct).Names);
        Assert.Equal([("Fabian Falck", "https://example.org"), ("Ann Other", null)], config.Authors.Members.Select(m => (m.Name, m.Homepage)));
        Assert.False(config.Authors.ListOwnersAreMembers);
    }

    [Fact]
    public void Wrong_shapes_warn_at_their_line_and_keep_defaults()
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Parse("""
            authors:
              aliases: [not, a, mapping]
              distinct: [["only one"]]
              nicknames: {}
            topics:
              max_per_paper: lots
              defaults: maybe
            """, "site.yml", diagnostics);
        Assert.Equal(AuthorSettings.Default.Aliases, config.Authors.Aliases);
        Assert.Empty(config.Authors.Distinct);
        Assert.Equal(3, config.Topics.MaxPerPaper);
        Assert.True(config.Topics.UseDefaults);
        Assert.Equal([2, 3, 4, 6, 7], diagnostics.Items.Select(d => d.Location.Line).Order());
        Assert.All(diagnostics.Items, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }
}
