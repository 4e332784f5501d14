using SiteGen.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>Escaping of untrusted text and the all-or-nothing output folder (issue 3).</summary>
public sealed class SiteSafetyTests
{
    private const string HostileTitle = "<script>alert(1)</script> \"><img src=x onerror=alert(2)> {{constructor}} {{{raw}}}";

    [Fact]
    public void Hostile_titles_and_abstracts_are_shown_as_text_never_as_markup()
    {
        using var site = new TestSite(copyShippedInput: false);
        site.Write("a.txt", $"Doe, Jane\n{HostileTitle}\nDoe, Jane\n<b>bold</b> [x](javascript:alert(3)) \\textit{{fine}} <script>alert(4)</script> see https://example.org/a_b.\n");
        Assert.True(site.Build().Written);

        var doc = site.Html(site.Pages("papers").Single(p => p != "papers/index.html"));
        Assert.Equal(HostileTitle, doc.QuerySelector("h1")!.TextContent);
        Assert.Empty(doc.QuerySelectorAll("img"));
        Assert.Empty(doc.QuerySelectorAll("b"));
        Assert.All(doc.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src") || s.GetAttribute("type") == "application/ld+json"));
        Assert.DoesNotContain(doc.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? "").StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
        var body = doc.QuerySelector(".paper-body")!;
        Assert.Equal("fine", body.QuerySelector("em")!.TextContent);
        Assert.Equal("https://example.org/a_b", body.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("<script>alert(4)</script>", body.TextContent, StringComparison.Ordinal);
        // JSON-LD escapes '<' so the title cannot close the data block.
        Assert.DoesNotContain("</script><", doc.QuerySelector("script[type='application/ld+json']")!.InnerHtml, StringComparison.Ordinal);
        Assert.Equal(0, site.Diagnostics.Items.Count(d => d.Message.Contains("broken link", StringComparison.Ordinal)));
    }

    [Fact]
    public void Long_lists_are_paginated_with_rel_prev_and_next()
    {
        using var site = new TestSite();
        site.Write("site.yml", "page_size: 20\n");
        site.Build();
        var first = site.Html("papers/index.html");
        var second = site.Html("papers/index.page2.html");
        Assert.Equal(20, first.QuerySelectorAll(".paper-item").Length);
        Assert.Equal("index.page2.html", first.QuerySelector("link[rel='next']")?.GetAttribute("href"));
        Assert.Null(first.QuerySelector("link[rel='prev']"));
        Assert.Equal("index.html", second.QuerySelector("link[rel='prev']")?.GetAttribute("href"));
        var pages = site.Pages("papers").Count(p => p.StartsWith("papers/index", StringComparison.Ordinal));
        Assert.Equal((208 + 19) / 20, pages);
        Assert.Equal(0, site.Diagnostics.Items.Count(d => d.Message.Contains("broken link", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_output_folder_not_made_by_sitegen_is_refused_and_left_alone()
    {
        using var site = new TestSite();
        Directory.CreateDirectory(site.Output);
        File.WriteAllText(Path.Combine(site.Output, "thesis.tex"), "precious");
        var result = site.Build();
        Assert.False(result.Written);
        Assert.Equal("precious", File.ReadAllText(Path.Combine(site.Output, "thesis.tex")));
        Assert.Contains(site.Diagnostics.Items, d => d.Message.Contains("not created by SiteGen", StringComparison.Ordinal));
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_site_in_place()
    {
        using var site = new TestSite();
        Assert.True(site.Build().Written);
        var before = site.Read("index.html");
        // A theme without a base layout cannot render: the build fails before writing.
        var brokenTheme = Path.Combine(site.Root, "broken-theme");
        Directory.CreateDirectory(Path.Combine(brokenTheme, "layouts"));
        Assert.False(site.Build(theme: brokenTheme).Written);
        Assert.Equal(before, site.Read("index.html"));
        Assert.True(site.Exists(SiteWriter.MarkerFile));
        Assert.Empty(Directory.GetDirectories(site.Root, ".output.*"));
    }

    [Fact]
    public void Strict_builds_keep_the_old_site_when_the_input_has_problems()
    {
        using var site = new TestSite();
        Assert.True(site.Build(strict: true).Written == false); // the shipped input has three cut entries
        Assert.False(Directory.Exists(site.Output));
    }

    // No process has this id (ids are far smaller), so these stand for builds that were killed.
    private static string DeadBuild(TestSite site, string kind) => Path.Combine(site.Root, $".output.{kind}-{int.MaxValue}-{Guid.NewGuid():N}");

    [Fact]
    public void Temporary_folders_of_killed_builds_are_removed_by_the_next_build()
    {
        using var site = new TestSite();
        var leftover = DeadBuild(site, "tmp");
        Directory.CreateDirectory(Path.Combine(leftover, "papers"));
        File.WriteAllText(Path.Combine(leftover, "papers", "half.html"), "<p>half a site</p>");
        var unrelated = Path.Combine(site.Root, ".output.tmp-notes");
        Directory.CreateDirectory(unrelated);

        Assert.True(site.Build().Written);
        Assert.False(Directory.Exists(leftover));
        Assert.True(Directory.Exists(unrelated), "only folders named as a build's own are touched");
    }

    [Fact]
    public void A_site_left_aside_by_a_build_killed_mid_swap_is_put_back()
    {
        using var site = new TestSite();
        Assert.True(site.Build().Written);
        var before = site.Read("index.html");
        var aside = DeadBuild(site, "old");
        Directory.Move(site.Output, aside); // killed between moving the old site aside and moving the new one in

        // A refused build (the shipped input has warnings) still puts the previous site back.
        Assert.False(site.Build(strict: true).Written);
        Assert.Equal(before, site.Read("index.html"));
        Assert.False(Directory.Exists(aside));
        Assert.Contains(site.Diagnostics.Items, d => d.Message.Contains("put back the previous site", StringComparison.Ordinal));
    }

    [Fact]
    public void The_theme_is_read_at_run_time()
    {
        using var site = new TestSite();
        var theme = Path.Combine(site.Root, "theme");
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Theme, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(theme, Path.GetRelativePath(RepoPaths.Theme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        File.WriteAllText(Path.Combine(theme, "layouts", "404.sbn-html"), "<p id=\"edited\">Edited 404 for {{ not_found.home_href }}</p>");
        site.Build(theme: theme);
        Assert.Equal("Edited 404 for /index.html", site.Html("404.html").QuerySelector("#edited")!.TextContent);
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("/etc/passwd")]
    [InlineData("a/../../b")]
    [InlineData("C:\\x")]
    [InlineData("")]
    public void The_writer_refuses_paths_that_leave_the_output_folder(string path) =>
        Assert.False(SiteWriter.IsSafeRelativePath(path));
}
