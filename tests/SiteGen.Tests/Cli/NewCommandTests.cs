using SiteGen.Cli;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>`sitegen new` makes a project that builds at once, and never writes into a folder in use (issue 8).</summary>
public sealed class NewCommandTests
{
    [Fact]
    public void A_new_project_builds_without_warnings()
    {
        var dir = Path.Combine(Path.GetTempPath(), "sitegen-new-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            Assert.Equal(ExitCodes.Success, SiteGenCommandLine.Run(["new", dir], output, error));
            Assert.Contains("# base_url:", File.ReadAllText(Path.Combine(dir, "input", "site.yml")), StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(dir, "input", "publications.bib")), "a new site starts from a .bib, what groups have");
            // The hint names a command that works from the new folder: the installed tool, and how to install it.
            Assert.Contains($"cd \"{dir}\" && sitegen serve", output.ToString(), StringComparison.Ordinal);
            Assert.Contains("dotnet tool install --global --add-source nupkg SiteGen.Cli", output.ToString(), StringComparison.Ordinal);

            var diagnostics = new DiagnosticBag();
            var result = BuildPipeline.Run(new BuildOptions { InputDir = Path.Combine(dir, "input"), ThemeDir = Path.Combine(dir, "theme") }, diagnostics);
            Assert.True(result.Written);
            Assert.Equal(7, result.Papers); // the starter's publications.bib: one of each kind of work a group publishes
            Assert.Empty(diagnostics.Items);
            var output2 = Path.Combine(dir, "output");
            Assert.True(File.Exists(Path.Combine(output2, "index.html")));
            // What a group's site shows that a plain list does not: the people page, kinds of work, downloads.
            Assert.True(File.Exists(Path.Combine(output2, "people.html")));
            Assert.True(File.Exists(Path.Combine(output2, "types", "phd-thesis.html")));
            Assert.True(File.Exists(Path.Combine(output2, "papers.bib")));
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void New_refuses_a_folder_that_has_files()
    {
        var dir = Path.Combine(Path.GetTempPath(), "sitegen-new-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "notes.txt"), "mine");
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            Assert.NotEqual(ExitCodes.Success, SiteGenCommandLine.Run(["new", dir], output, error));
            Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(dir).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_project_without_a_theme_folder_builds_with_the_theme_shipped_beside_sitegen()
    {
        using var site = new TestSite(copyShippedInput: false);
        site.Write("list.txt", "Doe, Jane\nA Title\nDoe, Jane\nAn abstract long enough to be one, about projects that keep only their listings.\n");
        var shipped = Path.Combine(AppContext.BaseDirectory, "theme");
        Assert.True(File.Exists(Path.Combine(shipped, "layouts", "base.sbn-html")), "the theme is not copied beside the executable");
        Assert.Equal(shipped, ThemeLocator.Resolve(null, site.Input));

        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(ExitCodes.Success, SiteGenCommandLine.Run(["build", "--input", site.Input, "--output", site.Output], output, error));
        Assert.True(site.Exists("papers/a-title.html"));
        Assert.False(Directory.Exists(Path.Combine(site.Root, "theme")));
    }
}
