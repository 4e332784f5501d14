using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Parsing;

/// <summary>
/// Every title/author seam of the shipped category listing, written by reading
/// input/003_9136ab26263cb17e.txt line by line (not by copying the parser's output).
/// </summary>
public sealed class ShippedCategorySplitTests
{
    private static readonly string[] FirstAuthors =
    [
        "Felix Sarnthein", "Lorenzo Noci", "Maria Parelli", "Sanghwan Kim", "Gregor Bachmann",
        "Moritz Imfeld", "Sidak Pal Singh", "Alexandros Delitzas", "Piera Riccio", "Sotiris Anagnostidis",
        "Gregor Bachmann", "Leonard Adolphs", "Gregor Bachmann", "Sotiris Anagnostidis", "Sotiris Anagnostidis",
        "Dilxat Muhtar", "Aleksandar Stanić", "Giulia Lanzillotta", "Giulia Lanzillotta", "Tiberiu Musat",
        "Robert van der Klis", "Bobby He", "Elior Benarous", "Sotiris Anagnostidis", "Javad Parsa",
        "Dimitri von Rütte", "Eric Tillmann Bill", "Michael Hersche", "Aleksandar Terzić", "Aleksandar Terzić",
        "Alexander Theus", "Lina Berrayana", "Yuhui Ding", "Aleksandar Terzić", "Phoomraphee Luenam",
        "Tianxiang Xia", "Dario Pavllo", "Nathanaël Perraudin", "Piera Riccio", "Dimitri von Rütte",
        "Lorenzo Noci", "Enis Simsar", "Enis Simsar", "Gul Sena Altintas", "Denis Sutter",
        "Maria Mihaela Trusca", "Giulia Lanzillotta", "Pietro Lesci", "Anton Schäfer", "Daniel Gareev",
    ];

    /// <summary>The last word of each title, from the same reading of the file.</summary>
    private static readonly string[] TitleEnds =
    [
        "Teachers", "Limit", "Scenes", "Learning", "Bias",
        "Transport", "Networks", "Scenes", "Filters", "Memorization",
        "Networks", "Suggestion", "Error", "PointNet", "Networks",
        "LLMs", "Compute", "learning", "learning", "Learning",
        "Networks", "Blocks", "Generalization", "Training", "Generation",
        "Diffusion", "Generation", "Architectures", "Models", "Languages",
        "Transport", "Reasoning", "Alignment", "Models", "Interpolation",
        "Generation", "Images", "models", "nudity", "Space",
        "Transfer", "Models", "Models", "Mode-Connectivity", "Interpretability?",
        "Control", "Collapse", "Bias", "Experiments", "Generation",
    ];

    [Fact]
    public void All_50_first_authors_and_title_ends_are_right()
    {
        var diagnostics = new DiagnosticBag();
        var listing = IngestPipeline.Run(RepoPaths.Input, diagnostics).Listings
            .Single(l => l.Format == ListingFormat.CategoryListing);

        Assert.Equal(FirstAuthors, listing.Records.Select(r => r.Authors[0].Display));
        Assert.Equal(TitleEnds, listing.Records.Select(r => r.Title.Split(' ')[^1]));
    }
}
