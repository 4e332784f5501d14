namespace SiteGen.E2E.Support;

/// <summary>The shipped input plus papers in Chinese, Japanese, Russian, Greek and Arabic (SiteGen.Tests/Site/TestFiles/every-script.bib), built as a site.</summary>
public sealed class EveryScriptSiteFixture : BuiltSiteFixture
{
    internal static readonly string Bibliography = Path.Combine(RepoPaths.Root, "tests", "SiteGen.Tests", "Site", "TestFiles", "every-script.bib");

    protected override void AddInput(string input) => File.Copy(Bibliography, Path.Combine(input, "every-script.bib"));
}
