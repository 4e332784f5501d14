using System.IO.Compression;
using SiteGen.Cli;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>`build --zip` packs the site for offline reading and never replaces a file it did not make (issue 8).</summary>
public sealed class ZipTests
{
    [Fact]
    public void Build_zip_packs_the_whole_site_and_refuses_a_foreign_file()
    {
        using var site = new TestSite();
        var zip = Path.Combine(site.Root, "site.zip");
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] args = ["build", "--input", site.Input, "--output", site.Output, "--theme", RepoPaths.Theme, "--zip", zip];

        Assert.Equal(ExitCodes.Success, SiteGenCommandLine.Run(args, output, error));
        using (var archive = ZipFile.OpenRead(zip))
        {
            Assert.NotNull(archive.GetEntry("index.html"));
            Assert.NotNull(archive.GetEntry("papers/maira-2-grounded-radiology-report-generation.html"));
        }
        // A second build may replace its own zip...
        Assert.Equal(ExitCodes.Success, SiteGenCommandLine.Run([.. args, "--force"], output, error));

        // ...but not somebody else's file.
        var foreign = Path.Combine(site.Root, "thesis.zip");
        File.WriteAllText(foreign, "not a zip");
        Assert.Equal(ExitCodes.OutputFailed, SiteGenCommandLine.Run([.. args[..^1], foreign, "--force"], output, error));
        Assert.Equal("not a zip", File.ReadAllText(foreign));
    }
}
