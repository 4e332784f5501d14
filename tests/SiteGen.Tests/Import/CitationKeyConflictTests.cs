using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>
/// One citation key in two files: a conflict when the entries are different papers (warned
/// once with both positions, no papers/&lt;key&gt;.html for either), an overlap when they are
/// the same paper (merged, the alias kept, nothing to report).
/// </summary>
public sealed class CitationKeyConflictTests : IDisposable
{
    private const string ABib = """
        @article{smith2020,
          title  = {Sparse Attention for Long Documents},
          author = {Smith, Ann},
          year   = {2020},
        }

        @article{shared2021,
          title  = {A Paper Both Files List},
          author = {Roe, Richard},
          year   = {2021},
        }

        @misc{Lee:2023,
          title  = {Punctuation in Citation Keys},
          author = {Lee, Kim},
          year   = {2023},
        }
        """;

    private const string BBib = """
        % A second group's list: smith2020 is a different paper here.

        @inproceedings{smith2020,
          title     = {Dense Retrieval Revisited},
          author    = {Smith, Bob},
          booktitle = {Proceedings of Something},
          year      = {2020},
        }

        @article{shared2021,
          title  = {A Paper Both Files List},
          author = {Roe, Richard},
          year   = {2021},
        }

        @misc{lee-2023,
          title  = {Keys That Slugify Alike},
          author = {Lee, Kim},
          year   = {2023},
        }
        """;

    private readonly TestSite _site = new(copyShippedInput: false);

    public CitationKeyConflictTests()
    {
        _site.Write("a.bib", ABib);
        _site.Write("b.bib", BBib);
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_key_two_papers_share_is_warned_once_with_both_positions_and_aliases_neither()
    {
        var result = _site.Build();

        Assert.True(result.Written);
        Assert.Equal(5, result.Papers);
        var warnings = _site.Diagnostics.Items.Where(d => d.Severity == DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();
        Assert.Equal(
            [
                "a.bib(1): warning: citation key 'smith2020' is used by 2 different papers: a.bib(1) \"Sparse Attention for Long Documents\", " +
                "b.bib(3) \"Dense Retrieval Revisited\"; neither gets the papers/smith2020.html alias (give each paper its own key)",
                "a.bib(13): warning: citation keys 'Lee:2023', 'lee-2023' make the same alias for 2 different papers: a.bib(13) \"Punctuation in Citation Keys\", " +
                "b.bib(16) \"Keys That Slugify Alike\"; neither gets the papers/lee-2023.html alias (give each paper its own key)",
            ],
            warnings.Order(StringComparer.Ordinal));
        Assert.False(_site.Exists("papers/smith2020.html"));
        Assert.False(_site.Exists("papers/lee-2023.html"));
        Assert.DoesNotContain("/papers/smith2020.html", _site.Read("_redirects"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_both_files_give_the_same_paper_stays_an_alias_without_a_warning()
    {
        _site.Build();

        Assert.DoesNotContain(_site.Diagnostics.Items, d => d.Message.Contains("shared2021", StringComparison.Ordinal));
        var refresh = _site.Html("papers/shared2021.html").QuerySelector("meta[http-equiv='refresh']")?.GetAttribute("content");
        Assert.Equal("../papers/a-paper-both-files-list.html", refresh?.Split("url=")[1]);
    }
}
