using SiteGen.Parsing.CategoryListing;
using SiteGen.Parsing.Names;

namespace SiteGen.Tests.Parsing;

/// <summary>
/// Every pairing of a hard title ending with a hard first-author name, glued as a
/// category listing glues them. The table tests pick cases one by one; this one checks
/// the rules compose: no title ending may capture part of any name, and no name part of
/// any title ending. The lexicon is either empty, as for a single listing seen for the first
/// time, or knows every name in the table, as when other inputs write them cleanly (then a
/// known given name such as "Marco" must not pull the seam into "DiMarco").
/// Each line is split without an abstract and with one that shares no word with the title,
/// as the parser passes every entry's abstract and a camel-cased ending weighs more then.
/// </summary>
public sealed class TitleAuthorCombinationTests
{
    private static readonly string[] TitleEndings =
    [
        "Models", "LLMs", "7B", "GPT-4", "GPT-4o", "3D", "ViT", "PointNet", "DeepMind", "iPhone", "AlphaGo",
        "Learning?", "Work!", "(GNNs)", "\"No\"", "2025", "Part II", "U-Net", "pH", "SpaceX", "mBERT",
        "learning", "A.G.I.", "AI", "RLHF", "LoRA", "ResNet-50", "Llama 3.1", "LaTeX", "McDonald's", "Graphs",
        "BERT", "NeRF", "YOLOv8", "Mamba-2", "X", "e.g.", "Q&A", "C++", "C#", "R2-D2", "O(n)", "k-NN", "H100s", "IoT", "5G", "Teachers'", "Students’",
        "DeBERTa", "BERTology", "PostgreSQL", "MoE?", "TinyStories", "ChatGPT", "LLaMA-2", "NeurIPS", "JupyterLab",
    ];

    private static readonly string[] FirstAuthors =
    [
        "Dilxat Muhtar", "J. R. R. Tolkien", "Benjamin F. Grewe", "Robert van der Klis", "Ludwig von Mises",
        "María de la Cruz", "Francesco di Stefano", "Aurélien Lucchi", "Sam Bond-Taylor", "Jean-Pierre Dupont",
        "Cathy O'Neil", "Yann LeCun", "John McDonald", "Bill Gates", "Rose Miller", "Grant Hope", "Eric Tillmann Bill",
        "Li Wei", "Kaiming He", "D. Kingma", "Martin Luther King III", "Émile Borel", "Søren Ødegaard",
        "LeBron James", "DeAndre Jordan", "Muhammad al-Khwarizmi", "Ian MacKay", "Yi Ma", "Andre Smith",
        "Zoë Kravitz", "Jong-hyun Park", "D'Arcy Thompson", "A. Turing", "Ana María López García", "Ng Andrew",
        "Marco DiMaggio", "David McAllister", "J. McCarthy", "Terrance DeVries", "Sam LaGuardia", "Marie DuBois",
        "Edward FitzGerald", "Jake VanderPlas", "Alexandre d'Aspremont", "Tom O'Brien", "Sarah McKenzie-Smith", "Chloé MacArthur",
        "André DiMarco", "Marco Cuturi", "Quoc V. Le", "Di Jin", "McKenzie Davis",
    ];

    private static readonly string[] Abstracts = ["", "We prove a bound and report experiments on three benchmarks."];

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
        var everyName = new NameLexicon();
        everyName.AddRange(FirstAuthors.Select(PersonNameParser.ParseNatural));
        var failures = new List<string>();
        foreach (var (lexiconName, lexicon) in (ValueTuple<string, NameLexicon>[])[("empty", new NameLexicon()), ("every name", everyName)])
        foreach (var author in FirstAuthors)
        foreach (var start in (string[])["Lessons on Scaling", "Memory, Attention, and Recurrence in"])
        foreach (var abstractText in Abstracts)
        {
            var title = $"{start} {ending}";
            var line = $"{title}{author}, Thomas Hofmann et al. · eth-zurich";
            var split = new TitleAuthorSplitter(lexicon).Split(line, abstractText);
            if (split?.Title != title || split.Authors[0].Display != author)
                failures.Add($"{line} [abstract: {abstractText.Length > 0}, lexicon: {lexiconName}] => {split?.Title} | {split?.Authors[0].Display}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
