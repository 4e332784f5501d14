using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Merging;
using SiteGen.Model;
using SiteGen.Parsing.Names;
using static SiteGen.Tests.Merging.Listings;

namespace SiteGen.Tests.Merging;

/// <summary>Who is one person (issue 5), on synthetic listings: merges and the conservative non-merges.</summary>
public sealed class AuthorIdentityTests
{
    private static (Catalog Catalog, IdentityReport Report, DiagnosticBag Diagnostics) Merge(SiteConfig config, params PaperRecord[] records)
    {
        var diagnostics = new DiagnosticBag();
        var report = IdentityReport.Create(Of(records), config, diagnostics);
        return (report.Catalog, report, diagnostics);
    }

    private static (Catalog Catalog, IdentityReport Report, DiagnosticBag Diagnostics) Merge(params PaperRecord[] records) =>
        Merge(SiteConfig.Default, records);

    private static SiteConfig Config(string yaml, DiagnosticBag? diagnostics = null) =>
        SiteConfigLoader.Parse(yaml, "site.yml", diagnostics ?? new DiagnosticBag());

    private static IReadOnlyList<Author> Named(Catalog catalog, string family) =>
        catalog.Authors.Values.Where(a => a.Variants.Any(v => v.Family == family)).ToList();

    [Fact]
    public void Spellings_differing_only_in_accents_are_one_author_shown_with_the_accents()
    {
        var (catalog, _, _) = Merge(Paper("Paper A", "Aurelien Lucchi", "Bob Ross"), Paper("Paper B", "Aurélien Lucchi"));
        var lucchi = Assert.Single(Named(catalog, "Lucchi"));
        Assert.Equal("Aurélien Lucchi", lucchi.Name.Display);
        Assert.Equal("aurelien-lucchi", lucchi.Id);
        Assert.Equal(2, lucchi.Variants.Count);
        Assert.All(catalog.Papers, p => Assert.Equal("aurelien-lucchi", p.Authors[0].AuthorId));
        // The credit keeps the name as that listing wrote it.
        Assert.Equal("Aurelien", catalog.Papers.Single(p => p.Title == "Paper A").Authors[0].Name.Given);
    }

    [Fact]
    public void A_short_and_a_long_given_name_with_a_shared_coauthor_are_one_author()
    {
        var (catalog, report, _) = Merge(
            Paper("Paper A", "Chris Holmes", "Fabian Falck"),
            Paper("Paper B", "Christopher C Holmes", "Fabian Falck"),
            Paper("Paper C", "Mercy Prasanna Ranjit", "Ann Other"),
            Paper("Paper D", "Mercy Ranjit", "Ann Other"));
        var holmes = Assert.Single(Named(catalog, "Holmes"));
        Assert.Equal("Christopher C Holmes", holmes.Name.Display);
        Assert.Equal("Mercy Prasanna Ranjit", Assert.Single(Named(catalog, "Ranjit")).Name.Display);
        Assert.Equal(2, report.MergedByEvidence.Count);
        Assert.Empty(report.PossibleSamePeople);
    }

    [Fact]
    public void Family_name_and_initial_without_a_shared_coauthor_stay_apart_and_are_reported()
    {
        var (catalog, report, _) = Merge(
            Paper("Paper A", "John Smith", "Alice Ames"),
            Paper("Paper B", "J. Smith", "Bea Bose"));
        Assert.Equal(2, Named(catalog, "Smith").Count);
        var pair = Assert.Single(report.PossibleSamePeople);
        Assert.Equal(["J. Smith", "John Smith"], new[] { pair.First.Display, pair.Second.Display }.Order(StringComparer.Ordinal));
        Assert.Contains("no shared co-author", pair.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_initial_that_fits_two_different_people_is_merged_with_neither()
    {
        var (catalog, report, _) = Merge(
            Paper("Paper A", "John Smith", "Alice Ames"),
            Paper("Paper B", "Jane Smith", "Alice Ames"),
            Paper("Paper C", "J. Smith", "Alice Ames"));
        Assert.Equal(3, Named(catalog, "Smith").Count);
        Assert.Empty(report.MergedByEvidence);
        Assert.Equal(2, report.PossibleSamePeople.Count); // J.–Jane and J.–John; never Jane–John
    }

    [Fact]
    public void Look_alike_names_credited_on_one_paper_are_two_people()
    {
        var (catalog, report, _) = Merge(
            Paper("Paper A", "John Smith", "J. Smith", "Alice Ames"),
            Paper("Paper B", "John Smith", "Alice Ames"));
        Assert.Equal(2, Named(catalog, "Smith").Count);
        Assert.Contains("one paper", Assert.Single(report.PossibleSamePeople).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Different_given_names_with_the_same_family_name_are_not_even_reported()
    {
        var (catalog, report, _) = Merge(Paper("Paper A", "Mufan Bill Li", "Ann Other"), Paper("Paper B", "Chuning Li", "Ann Other"));
        Assert.Equal(2, Named(catalog, "Li").Count);
        Assert.Empty(report.PossibleSamePeople);
    }

    [Fact]
    public void An_alias_in_site_yml_merges_names_without_evidence_and_names_the_author()
    {
        var config = Config("""
            authors:
              aliases:
                "Jo Smith": ["J. Smith", "Joanna Smith"]
            """);
        var (catalog, report, diagnostics) = Merge(config,
            Paper("Paper A", "Joanna Smith", "Alice Ames"),
            Paper("Paper B", "J. Smith", "Bea Bose"));
        var smith = Assert.Single(Named(catalog, "Smith"));
        Assert.Equal("Jo Smith", smith.Name.Display);
        Assert.Equal("jo-smith", smith.Id);
        Assert.Empty(report.PossibleSamePeople);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void Distinct_in_site_yml_keeps_names_apart_despite_shared_coauthors()
    {
        var config = Config("""
            authors:
              distinct: [["Chris Holmes", "Christopher C Holmes"]]
            """);
        var (catalog, report, _) = Merge(config,
            Paper("Paper A", "Chris Holmes", "Fabian Falck"),
            Paper("Paper B", "Christopher C Holmes", "Fabian Falck"));
        Assert.Equal(2, Named(catalog, "Holmes").Count);
        Assert.Empty(report.MergedByEvidence);
        Assert.Empty(report.PossibleSamePeople); // settled by the user: not reported again
    }

    [Fact]
    public void Distinct_wins_over_an_alias_and_says_so()
    {
        var config = Config("""
            authors:
              aliases: { "John Smith": ["J. Smith"] }
              distinct: [["John Smith", "J. Smith"]]
            """);
        var (catalog, _, diagnostics) = Merge(config, Paper("Paper A", "John Smith"), Paper("Paper B", "J. Smith"));
        Assert.Equal(2, Named(catalog, "Smith").Count);
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal(new SourceLocation("site.yml", 2), warning.Location);
        Assert.Contains("kept apart", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Members_are_highlighted_with_their_homepage_and_unknown_members_are_reported_at_their_line()
    {
        var config = Config("""
            authors:
              members:
                - name: Ann Other
                  homepage: https://example.org/ann
                - Nobody Known
            """);
        var (catalog, _, diagnostics) = Merge(config, Paper("Paper A", "Ann Other", "Bob Ross"));
        var ann = catalog.Authors.Values.Single(a => a.Name.Family == "Other");
        Assert.True(ann.IsMember);
        Assert.Equal("https://example.org/ann", ann.Homepage);
        Assert.False(catalog.Authors.Values.Single(a => a.Name.Family == "Ross").IsMember);
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal(new SourceLocation("site.yml", 5), warning.Location);
        Assert.Contains("Nobody Known", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_owner_of_a_publication_list_is_a_member_unless_site_yml_says_otherwise()
    {
        var owned = Paper("Paper A", "Fabian Falck", "Bob Ross") with { ListOwner = new PersonName("Fabian", "Falck") };
        var (catalog, _, _) = Merge(owned);
        Assert.True(catalog.Authors["fabian-falck"].IsMember);
        Assert.False(catalog.Authors["bob-ross"].IsMember);

        var (notMember, _, _) = Merge(Config("authors: { list_owners_are_members: false }"), owned);
        Assert.False(notMember.Authors["fabian-falck"].IsMember);
    }

    [Fact]
    public void A_list_owner_written_with_an_initial_is_tied_to_the_full_name_on_the_list()
    {
        var owned = Paper("Paper A", "Fabian Falck", "Bob Ross") with { ListOwner = new PersonName("F.", "Falck") };
        var (catalog, _, _) = Merge(owned);
        var falck = Assert.Single(Named(catalog, "Falck"));
        Assert.True(falck.IsMember);
        Assert.Equal("Fabian Falck", falck.Name.Display);
    }

    [Fact]
    public void Two_spellings_on_one_list_whose_only_shared_coauthor_is_its_owner_stay_apart()
    {
        // The owner is credited on every paper of their list, so sharing them is no evidence.
        var owner = new PersonName("Fabian", "Falck");
        var (catalog, report, _) = Merge(
            Paper("Paper A", "Fabian Falck", "John Smith") with { ListOwner = owner },
            Paper("Paper B", "Fabian Falck", "J. Smith") with { ListOwner = owner });
        Assert.Equal(2, Named(catalog, "Smith").Count);
        var pair = Assert.Single(report.PossibleSamePeople);
        Assert.Contains("no shared co-author", pair.Reason, StringComparison.Ordinal);

        // Another co-author in common is evidence again.
        var (withEvidence, _, _) = Merge(
            Paper("Paper A", "Fabian Falck", "John Smith", "Ann Other") with { ListOwner = owner },
            Paper("Paper B", "Fabian Falck", "J. Smith", "Ann Other") with { ListOwner = owner });
        Assert.Single(Named(withEvidence, "Smith"));
    }

    [Fact]
    public void A_name_written_family_first_in_one_listing_and_given_first_in_another_is_one_author()
    {
        var inverted = Paper("Paper A", "Bob Ross") with { Authors = [PersonNameParser.ParseInverted("Holmes", "Christopher C"), new PersonName("Bob", "Ross")] };
        var (catalog, _, _) = Merge(inverted, Paper("Paper B", "Christopher C Holmes", "Ann Other"));
        var holmes = Assert.Single(Named(catalog, "Holmes"));
        Assert.Equal(2, catalog.Papers.Count(p => p.Authors.Any(a => a.AuthorId == holmes.Id)));
    }

    [Fact]
    public void A_name_written_in_capitals_in_one_listing_is_shown_in_mixed_case()
    {
        var (catalog, _, _) = Merge(Paper("Paper A", "JANE DOE", "Bob Ross"), Paper("Paper B", "Jane Doe"));
        Assert.Equal("Jane Doe", Assert.Single(Named(catalog, "Doe").Concat(Named(catalog, "DOE")).Distinct()).Name.Display);
    }

    [Fact]
    public void Author_ids_do_not_depend_on_the_order_of_the_input()
    {
        PaperRecord[] records =
        [
            Paper("Paper A", "Chris Holmes", "Fabian Falck"),
            Paper("Paper B", "Christopher C Holmes", "Fabian Falck"),
            Paper("Paper C", "Aurelien Lucchi"),
            Paper("Paper D", "Aurélien Lucchi", "John Smith"),
        ];
        var forward = Merge(records).Catalog;
        var backward = Merge([.. records.Reverse()]).Catalog;
        Assert.Equal(forward.Authors.Keys.Order(StringComparer.Ordinal), backward.Authors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(forward.Authors["christopher-c-holmes"], backward.Authors["christopher-c-holmes"], AuthorComparer);
        Assert.Equal(forward.Papers.Select(p => p.Key), backward.Papers.Select(p => p.Key));
    }

    private static readonly IEqualityComparer<Author> AuthorComparer = EqualityComparer<Author>.Create(
        (a, b) => a!.Id == b!.Id && a.Name == b.Name && a.Variants.SequenceEqual(b.Variants) && a.IsMember == b.IsMember);

    private static IReadOnlyList<Author> Kings(Catalog catalog) =>
        catalog.Authors.Values.Where(a => a.Variants.Any(v => v.Family.StartsWith("King", StringComparison.Ordinal))).ToList();

    [Fact]
    public void A_name_with_jr_and_the_same_name_without_it_are_one_author_shown_with_the_suffix()
    {
        // "King, Jr., Martin Luther" from a .bib; "Martin Luther King" from a listing; no co-author in common.
        var bib = Paper("Letter from Birmingham Jail") with { Authors = [new PersonName("Martin Luther", "King Jr.")] };
        var (catalog, report, _) = Merge(bib, Paper("I Have a Dream", "Martin Luther King", "Ann Other"));
        var king = Assert.Single(Kings(catalog));
        Assert.Equal("Martin Luther King Jr.", king.Name.Display);
        Assert.Equal(2, king.Variants.Count);
        Assert.Empty(report.PossibleSamePeople);
    }

    [Fact]
    public void Different_suffixes_are_different_people_and_a_bare_name_beside_both_is_only_reported()
    {
        var (catalog, report, _) = Merge(
            Paper("Paper A", "Martin Luther King Jr.", "Ann Other"),
            Paper("Paper B", "Martin Luther King Sr.", "Ann Other"),
            Paper("Paper C", "Martin Luther King", "Ann Other"));
        Assert.Equal(3, Kings(catalog).Count);
        Assert.Empty(report.MergedByEvidence);
        // The bare name could be either; Jr. and Sr. are never proposed as one person.
        Assert.Equal(2, report.PossibleSamePeople.Count);
        Assert.All(report.PossibleSamePeople, p => Assert.Contains("Martin Luther King", new[] { p.First.Display, p.Second.Display }));
    }

    [Fact]
    public void A_bare_name_and_its_jr_credited_on_one_paper_are_two_people()
    {
        var (catalog, _, _) = Merge(Paper("Father and Son", "Henry Ford", "Henry Ford II"));
        Assert.Equal(2, catalog.Authors.Count);
    }

    [Fact]
    public void A_jr_is_compared_by_family_name_with_the_other_spellings_of_the_name()
    {
        var (catalog, report, _) = Merge(
            Paper("Paper A", "Martin Luther King Jr.", "Ann Other"),
            Paper("Paper B", "M. L. King", "Ann Other"));
        Assert.Equal("Martin Luther King Jr.", Assert.Single(Kings(catalog)).Name.Display);
        Assert.Single(report.MergedByEvidence);
    }
}
