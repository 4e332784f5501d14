using SiteGen.Tests.Support;

namespace SiteGen.Tests.Parsing;

/// <summary>
/// Golden files in the Scriban style: TestFiles/&lt;NNN-area&gt;/&lt;case&gt;.txt is ingested as the
/// only listing of an input folder and its records and diagnostics must equal
/// &lt;case&gt;.out.txt. Set SITEGEN_UPDATE_GOLDEN=1 to rewrite the .out.txt files, then
/// read every changed one before committing it.
/// </summary>
public sealed class GoldenFileTests
{
    private static string TestFilesDir => Path.Combine(RepoPaths.Root, "tests", "SiteGen.Tests", "TestFiles");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(TestFilesDir, "*.txt", SearchOption.AllDirectories)
                     .Where(f => !f.EndsWith(".out.txt", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(TestFilesDir, file).Replace('\\', '/'));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parsed_records_match_the_golden_file(string testCase)
    {
        var path = Path.Combine(TestFilesDir, testCase);
        var (result, diagnostics) = TempInput.IngestOne(Path.GetFileName(path), File.ReadAllBytes(path));
        var actual = RecordDump.Write(result.Records, diagnostics.Items);

        var expectedPath = Path.ChangeExtension(path, ".out.txt");
        if (Environment.GetEnvironmentVariable("SITEGEN_UPDATE_GOLDEN") == "1")
            File.WriteAllText(expectedPath, actual);

        Assert.True(File.Exists(expectedPath), $"missing golden file {expectedPath}");
        var expected = File.ReadAllText(expectedPath).ReplaceLineEndings("\n");
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Every_area_has_cases_and_no_golden_file_is_orphaned()
    {
        var areas = Directory.GetDirectories(TestFilesDir).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(["010-publication-list", "020-daily-papers", "030-category-listing", "090-bad-input", "110-bibtex", "120-ris", "130-csl-json", "140-arxiv-atom"], areas);
        foreach (var area in Directory.GetDirectories(TestFilesDir))
            Assert.True(Directory.GetFiles(area, "*.out.txt").Length >= 3, area);

        var orphans = Directory.EnumerateFiles(TestFilesDir, "*.out.txt", SearchOption.AllDirectories)
            .Where(f => !File.Exists(f[..^".out.txt".Length] + ".txt"));
        Assert.Empty(orphans);
    }
}
