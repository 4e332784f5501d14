using System.Text;
using SiteGen.Citation;
using SiteGen.Tex;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Tex;

/// <summary>
/// Real arXiv abstract fragments (Tex/Fragments/*.txt, one a paragraph, "#" lines are comments) read as
/// TeX prose: the HTML the page shows (formulas as MathML), the text meta descriptions, the feed, CSL and
/// search get, and the BibTeX field. Regenerate with SITEGEN_UPDATE_GOLDEN=1, and read the diff.
/// </summary>
public sealed class TexGoldenTests
{
    private static string Folder => Path.Combine(RepoPaths.Root, "tests", "SiteGen.Tests", "Tex", "Fragments");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*.txt").Where(f => !f.EndsWith(".out.txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fragments_read_as_the_golden_file_says(string file)
    {
        var path = Path.Combine(Folder, file);
        var actual = new StringBuilder();
        foreach (var fragment in Fragments(File.ReadAllText(path)))
        {
            var readable = ReadableAbstract.Of(fragment);
            actual.Append("== ").Append(fragment).Append('\n');
            actual.Append("html: ").Append(readable.Html);
            actual.Append("text: ").Append(readable.Text).Append('\n');
            actual.Append("bibtex: ").Append(BibtexAbstract.Field(fragment)).Append('\n');
            foreach (var formula in readable.Unconverted) actual.Append("unconverted: ").Append(formula.Tex).Append(": ").Append(formula.Problem).Append('\n');
            actual.Append('\n');
        }

        var expectedPath = Path.ChangeExtension(path, ".out.txt");
        if (Environment.GetEnvironmentVariable("SITEGEN_UPDATE_GOLDEN") == "1") File.WriteAllText(expectedPath, actual.ToString());
        Assert.True(File.Exists(expectedPath), $"missing golden file {expectedPath}");
        Assert.Equal(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"), actual.ToString());
    }

    private static IEnumerable<string> Fragments(string text) =>
        text.ReplaceLineEndings("\n").Split("\n\n").Select(p => string.Join("\n", p.Split('\n').Where(l => !l.StartsWith('#'))).Trim()).Where(p => p.Length > 0);
}
