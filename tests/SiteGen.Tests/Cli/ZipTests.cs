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
            // Offline search needs its index and the scripts; the pages need their assets.
            Assert.Contains(archive.Entries, e => e.FullName.StartsWith("search/", StringComparison.Ordinal) && e.FullName.EndsWith(".js", StringComparison.Ordinal));
            Assert.Contains(archive.Entries, e => e.FullName.StartsWith("assets/", StringComparison.Ordinal) && e.FullName.EndsWith(".css", StringComparison.Ordinal));
            Assert.Contains(archive.Entries, e => e.FullName.StartsWith("assets/", StringComparison.Ordinal) && e.FullName.EndsWith(".js", StringComparison.Ordinal));
            // Every file of the built site is in the archive, under the same path.
            var built = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal);
            Assert.Equal(built, archive.Entries.Where(e => !e.FullName.EndsWith('/')).Select(e => e.FullName).Order(StringComparer.Ordinal));
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
