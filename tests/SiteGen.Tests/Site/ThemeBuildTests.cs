using SiteGen.Tests.Cli;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>Template mistakes in a whole build: reported at file(line,col), and the last good site stays.</summary>
public sealed class ThemeBuildTests
{
    [Fact]
    public void A_syntax_error_keeps_the_previous_site_and_names_file_line_and_column()
    {
        using var site = new TestSite();
        var theme = ThemeCopy.Into(site.Root);
        Assert.True(site.Build(theme: theme).Written);
        var before = site.Read("index.html");

        File.WriteAllText(ThemeCopy.HomeLayout(theme), ThemeCopy.BrokenTemplate);
        var result = site.Build(theme: theme);

        Assert.False(result.Written);
        Assert.Contains(site.Diagnostics.Items, d => d.ToString().StartsWith(ThemeCopy.BrokenTemplateError, StringComparison.Ordinal));
        Assert.Equal(before, site.Read("index.html"));
    }

    [Fact]
    public void A_template_that_fails_on_some_pages_keeps_the_previous_site()
    {
        using var site = new TestSite();
        var theme = ThemeCopy.Into(site.Root);
        Assert.True(site.Build(theme: theme).Written);
        var before = site.Read("papers/index.html");

        // Fails only where a paper has topics: most pages render, the site is still incomplete.
        var layout = Path.Combine(theme, "partials", "paper-item.sbn-html");
        File.WriteAllText(layout, File.ReadAllText(layout) + "{{ if item.topics }}{{ item.topics | nosuch.function }}{{ end }}");
        var result = site.Build(theme: theme);

        Assert.False(result.Written);
        var error = Assert.Single(site.Diagnostics.Items, d => d.Location.File == "theme/partials/paper-item.sbn-html" && d.Severity == SiteGen.Diagnostics.DiagnosticSeverity.Error);
        Assert.True(error.Location.Line > 1 && error.Location.Column > 0, error.ToString());
        Assert.Equal(before, site.Read("papers/index.html"));
    }

    [Fact]
    public void A_misspelt_member_builds_with_a_warning_and_fails_under_strict()
    {
        using var site = new TestSite();
        var theme = ThemeCopy.Into(site.Root);
        var layout = Path.Combine(theme, "layouts", "paper.sbn-html");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("{{ paper.title }}", "{{ paper.titel }}", StringComparison.Ordinal));

        Assert.False(site.Build(theme: theme, strict: true).Written);
        Assert.True(site.Build(theme: theme).Written);
        var warning = Assert.Single(site.Diagnostics.Items, d => d.Location.File == "theme/layouts/paper.sbn-html");
        Assert.Equal("theme/layouts/paper.sbn-html(4,82): warning: 'titel' is not a member of 'PaperPageView'; did you mean 'title'? (it prints nothing)", warning.ToString());

        // Nothing changed: the build is up to date and reports the warning again, column included.
        Assert.True(site.Build(theme: theme).UpToDate);
        Assert.Contains(site.Diagnostics.Items, d => d.ToString() == warning.ToString());
    }

    [Fact]
    public void A_site_theme_holding_one_partial_overrides_it_and_takes_the_rest_from_the_base_theme()
    {
        using var site = new TestSite();
        var theme = Path.Combine(site.Root, "theme");
        Directory.CreateDirectory(Path.Combine(theme, "partials"));
        Directory.CreateDirectory(Path.Combine(theme, "assets"));
        File.WriteAllText(Path.Combine(theme, "partials", "paper-item.sbn-html"), "<li class=\"mine\"><a href=\"{{ item.href }}\">{{ item.title }}</a></li>");
        File.WriteAllText(Path.Combine(theme, "assets", "style.css"), "body { color: teal }");

        var result = SiteGen.Pipeline.BuildPipeline.Run(new SiteGen.Pipeline.BuildOptions
        {
            InputDir = site.Input, ThemeDir = theme, BaseThemeDir = RepoPaths.Theme, OutputDir = site.Output,
        }, new SiteGen.Diagnostics.DiagnosticBag());

        Assert.True(result.Written);
        var papers = site.Html("papers/index.html");
        Assert.NotEmpty(papers.QuerySelectorAll("li.mine"));
        Assert.Empty(papers.QuerySelectorAll("li.paper-item"));
        Assert.NotNull(papers.QuerySelector("header.site-header")); // the base layout came from the base theme
        var css = papers.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Equal("body { color: teal }", site.Read("papers/" + css));
        Assert.True(site.Exists("papers/" + papers.QuerySelectorAll("script[src]")[0].GetAttribute("src")), "site.js comes from the base theme");
    }

    [Fact]
    public void Theme_files_linked_outside_the_project_are_refused_and_folder_loops_not_walked()
    {
        using var site = new TestSite();
        var theme = ThemeCopy.Into(site.Root);
        var outside = Path.Combine(Path.GetTempPath(), "sitegen-secret-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(outside, "SECRET-TOKEN-1234");
        try
        {
            File.CreateSymbolicLink(Path.Combine(theme, "assets", "notes.txt"), outside);
            Directory.CreateSymbolicLink(Path.Combine(theme, "assets", "loop"), Path.Combine(theme, "assets"));

            Assert.False(site.Build(theme: theme).Written);
            Assert.Contains(site.Diagnostics.Items, d => d.Location.File.EndsWith("notes.txt", StringComparison.Ordinal)
                && d.Severity == SiteGen.Diagnostics.DiagnosticSeverity.Error && d.Message.Contains("outside the project folder", StringComparison.Ordinal));

            File.Delete(Path.Combine(theme, "assets", "notes.txt"));
            var partial = Path.Combine(theme, "partials", "search-box.sbn-html");
            File.Delete(partial);
            File.CreateSymbolicLink(partial, outside);

            Assert.False(site.Build(theme: theme).Written);
            Assert.Contains(site.Diagnostics.Items, d => d.Location.File == "theme/partials/search-box.sbn-html"
                && d.Severity == SiteGen.Diagnostics.DiagnosticSeverity.Error && d.Message.Contains("outside the project folder", StringComparison.Ordinal));
            Assert.False(Directory.Exists(site.Output));
        }
        finally
        {
            File.Delete(outside);
        }
    }
}
