namespace SiteGen.E2E.Support;

/// <summary>The shipped input plus a real bibliography (Relevance/epodd.bib), built as a site: the judged queries' corpus.</summary>
public sealed class RelevanceSiteFixture : BuiltSiteFixture
{
    internal static readonly string Folder = Path.Combine(RepoPaths.Root, "tests", "SiteGen.E2E", "Relevance");

    protected override void AddInput(string input) => File.Copy(Path.Combine(Folder, "epodd.bib"), Path.Combine(input, "epodd.bib"));
}
