using SiteGen.Parsing.CategoryListing;
using SiteGen.Parsing.Names;

namespace SiteGen.Tests.Parsing;

/// <summary>
/// Every pairing of a hard title ending with a hard first-author name, glued as a
/// category listing glues them. The table tests pick cases one by one; this one checks
/// the rules compose: no title ending may capture part of any name, and no name part of
/// any title ending. The lexicon is empty, as for a single listing seen for the first time.
/// </summary>
public sealed class TitleAuthorCombinationTests
{
    private static readonly string[] TitleEndings =
    [
        "Models", "LLMs", "7B", "GPT-4", "GPT-4o", "3D", "ViT", "PointNet", "DeepMind", "iPhone", "AlphaGo",
        "Learning?", "Work!", "(GNNs)", "\"No\"", "2025", "Part II", "U-Net", "pH", "SpaceX", "mBERT",
        "learning", "A.G.I.", "AI", "RLHF", "LoRA", "ResNet-50", "Llama 3.1", "LaTeX", "McDonald's", "Graphs",
        "BERT", "NeRF", "YOLOv8", "Mamba-2", "X", "e.g.", "Q&A", "C++", "C#", "R2-D2", "O(n)", "k-NN", "H100s", "IoT", "5G", "Teachers'", "Students’",
    ];

    private static readonly string[] FirstAuthors =
    [
        "Dilxat Muhtar", "J. R. R. Tolkien", "Benjamin F. Grewe", "Robert van der Klis", "Ludwig von Mises",
        "María de la Cruz", "Francesco di Stefano", "Aurélien Lucchi", "Sam Bond-Taylor", "Jean-Pierre Dupont",
        "Cathy O'Neil", "Yann LeCun", "John McDonald", "Bill Gates", "Rose Miller", "Grant Hope", "Eric Tillmann Bill",
        "Li Wei", "Kaiming He", "D. Kingma", "Martin Luther King III", "Émile Borel", "Søren Ødegaard",
        "LeBron James", "DeAndre Jordan", "Muhammad al-Khwarizmi", "Ian MacKay", "Yi Ma", "Andre Smith",
        "Zoë Kravitz", "Jong-hyun Park", "D'Arcy Thompson", "A. Turing", "Ana María López García", "Ng Andrew",
    ];

    public static TheoryData<string> Endings()
    {
        var data = new TheoryData<string>();
        foreach (var ending in TitleEndings) data.Add(ending);
        return data;
    }

    [Theory]
    [MemberData(nameof(Endings))]
    public void Every_first_author_is_recovered_after_this_title_ending(string ending)
    {
        var splitter = new TitleAuthorSplitter(new NameLexicon());
        var failures = new List<string>();
        foreach (var author in FirstAuthors)
        foreach (var start in (string[])["Lessons on Scaling", "Memory, Attention, and Recurrence in"])
        {
            var title = $"{start} {ending}";
            var line = $"{title}{author}, Thomas Hofmann et al. · eth-zurich";
            var split = splitter.Split(line);
            if (split?.Title != title || split.Authors[0].Display != author)
                failures.Add($"{line} => {split?.Title} | {split?.Authors[0].Display}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
