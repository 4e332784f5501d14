using SiteGen.Diagnostics;
using SiteGen.Pages;
using SiteGen.Rendering;

namespace SiteGen.Tests.Rendering;

/// <summary>The Scriban theme engine: escaping by construction, the truth rules theme authors expect, partials, limits.</summary>
public sealed class ThemeTests
{
    private sealed record Item(string Title, string Href, IReadOnlyList<string> Tags, int Count, TrustedHtml BodyHtml);

    private static Item Hostile => new("<script>alert(1)</script> & \"q\" 'a' `b`", "x\" onmouseover=\"alert(1)", [], 0, new TrustedHtml("<p>made <em>here</em></p>"));

    [Fact]
    public void Every_expression_is_escaped_in_text_and_attributes_but_trusted_html_is_not()
    {
        using var theme = new ScratchTheme("""<a href="{{ model.href }}" title='{{ model.title }}'>{{ model.title }}</a>{{ model.body_html }}""");

        var html = theme.Render(Hostile);

        Assert.Equal(
            "<a href=\"x&quot; onmouseover=&quot;alert(1)\" title='&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; &#x27;a&#x27; &#x60;b&#x60;'>" +
            "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; &#x27;a&#x27; &#x60;b&#x60;</a><p>made <em>here</em></p>", html);
    }

    [Fact]
    public void Values_made_by_template_functions_and_literals_are_escaped_too()
    {
        using var theme = new ScratchTheme("""{{ model.title | string.upcase }}|{{ "<b>" }}|{{ model.title + "<i>" }}|{{ model.tags }}""");

        var html = theme.Render(Hostile with { Title = "<u>", Tags = ["<s>"] });

        Assert.DoesNotContain("<u>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<s>", html, StringComparison.Ordinal);
        Assert.StartsWith("&lt;U&gt;|&lt;b&gt;|&lt;u&gt;&lt;i&gt;|", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_syntax_in_data_is_printed_not_run()
    {
        using var theme = new ScratchTheme("{{ model.title }}");

        var html = theme.Render(Hostile with { Title = "{{ include 'x' }}{{ 1 + 1 }}" });

        Assert.Equal("{{ include &#x27;x&#x27; }}{{ 1 + 1 }}", html);
    }

    [Theory]
    [InlineData("\"\"", false)]
    [InlineData("\"x\"", true)]
    [InlineData("0", false)]
    [InlineData("3", true)]
    [InlineData("model.tags", false)]
    [InlineData("model.count", false)]
    [InlineData("model.title", true)]
    [InlineData("null", false)]
    public void Empty_strings_zero_and_empty_lists_are_false(string expression, bool expected)
    {
        using var theme = new ScratchTheme($"{{{{ if {expression} }}}}yes{{{{ else }}}}no{{{{ end }}}}");

        Assert.Equal(expected ? "yes" : "no", theme.Render(Hostile));
    }

    [Fact]
    public void A_syntax_error_is_reported_at_file_line_and_column()
    {
        using var theme = new ScratchTheme("<h1>\n  {{ if model.title }}\n{{ for x in }}\n");

        Assert.Null(theme.Load());

        var errors = theme.Diagnostics.Items.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.Contains(errors, e => e.StartsWith("theme/layouts/page.sbn-html(3,13): error: template error: ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_misspelt_member_is_a_warning_at_its_position_with_the_likely_name()
    {
        using var theme = new ScratchTheme("<h1>{{ model.titel }}</h1>\n<p>{{ model.Title }}</p>");

        var html = theme.Render(Hostile);

        Assert.Equal("<h1></h1>\n<p></p>", html);
        var warnings = theme.Diagnostics.Items.Where(d => d.Severity == DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains("theme/layouts/page.sbn-html(1,14): warning: 'titel' is not a member of 'Item'; did you mean 'title'?", warnings[0], StringComparison.Ordinal);
        Assert.Contains("theme/layouts/page.sbn-html(2,13): warning: 'Title' is not a member of 'Item'; did you mean 'title'?", warnings[1], StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_variable_is_a_warning()
    {
        using var theme = new ScratchTheme("{{ modle.title }}");

        theme.Render(Hostile);

        var warning = Assert.Single(theme.Diagnostics.Items);
        Assert.Equal("theme/layouts/page.sbn-html(1,4): warning: unknown variable 'modle'; did you mean 'model'? (it prints nothing)", warning.ToString());
    }

    [Fact]
    public void A_mistake_on_every_page_is_reported_once()
    {
        using var theme = new ScratchTheme("{{ model.titel }}");
        var loaded = theme.Load()!;

        for (var i = 0; i < 50; i++) loaded.RenderPage(new ThemeLayout(ScratchTheme.Layout, "model"), Hostile, ScratchTheme.Frame("t"));
        var diagnostics = new DiagnosticBag();
        loaded.ReportRenderProblems(diagnostics);

        Assert.Single(diagnostics.Items);
    }

    [Fact]
    public void A_partial_renders_in_place_unescaped_and_sees_the_callers_variables()
    {
        using var theme = new ScratchTheme("<ul>{{ for tag in model.tags }}{{ include \"tag\" }}{{ end }}</ul>",
            new Dictionary<string, string> { ["tag"] = "<li>{{ tag }}</li>" });

        Assert.Equal("<ul><li>a&lt;</li><li>b</li></ul>", theme.Render(Hostile with { Tags = ["a<", "b"] }));
    }

    [Theory]
    [InlineData("nosuch")]
    [InlineData("../../etc/passwd")]
    [InlineData("../layouts/base")]
    public void Including_a_partial_the_theme_does_not_have_is_an_error_at_the_include(string name)
    {
        using var theme = new ScratchTheme($"<p>\n {{{{ include \"{name}\" }}}}", new Dictionary<string, string> { ["tag"] = "x" });

        Assert.Null(theme.Load());

        var error = Assert.Single(theme.Diagnostics.Items);
        Assert.Equal($"theme/layouts/page.sbn-html(2,5): error: no partial '{name}' in the theme's partials/ (it has: tag)", error.ToString());
    }

    [Fact]
    public void A_partial_that_includes_itself_through_another_is_an_error_at_load()
    {
        using var theme = new ScratchTheme("{{ include \"a\" }}",
            new Dictionary<string, string> { ["a"] = "A{{ include \"b\" }}", ["b"] = "B\n{{ include \"a\" }}" });

        Assert.Null(theme.Load());

        var error = Assert.Single(theme.Diagnostics.Items);
        Assert.Equal("theme/partials/b.sbn-html(2,4): error: partial 'b' includes 'a', which leads back to 'b': an endless loop", error.ToString());
    }

    [Fact]
    public void A_partial_named_at_run_time_that_includes_itself_ends_with_an_error_not_a_stack_overflow()
    {
        using var theme = new ScratchTheme("{{ include model.title }}", new Dictionary<string, string> { ["loop"] = "{{ include model.title }}" });

        var html = theme.Render(Hostile with { Title = "loop" });

        Assert.Equal("", html);
        var error = Assert.Single(theme.Diagnostics.Items);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains("partials nested more than 16 deep (does 'loop' include itself?)", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("theme/partials/loop.sbn-html(1,4)", error.Location.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_runtime_error_is_reported_at_its_position_and_the_page_is_not_made()
    {
        using var theme = new ScratchTheme("ok\n{{ model.title | nosuchfunction }}");
        var loaded = theme.Load()!;

        var page = loaded.RenderPage(new ThemeLayout(ScratchTheme.Layout, "model"), Hostile, ScratchTheme.Frame("t"));
        loaded.ReportRenderProblems(theme.Diagnostics);

        Assert.Empty(page);
        Assert.True(loaded.HasRenderErrors);
        var error = Assert.Single(theme.Diagnostics.Items, d => d.Severity == DiagnosticSeverity.Error);
        Assert.StartsWith("theme/layouts/page.sbn-html(2,", error.Location.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Long_values_and_pages_are_not_truncated()
    {
        using var theme = new ScratchTheme("{{ model.title }}{{ model.title }}");
        var title = new string('x', 1_500_000);

        Assert.Equal(3_000_000, theme.Render(Hostile with { Title = title }).Length);
        Assert.Empty(theme.Diagnostics.Items);
    }

    [Fact]
    public void Nested_loops_over_a_large_site_are_not_cut_by_a_loop_limit()
    {
        using var theme = new ScratchTheme("{{ for a in model.tags }}{{ for b in model.tags }}.{{ end }}{{ end }}");
        var tags = Enumerable.Range(0, 300).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(90_000, theme.Render(Hostile with { Tags = tags }).Length);
    }

    [Fact]
    public void A_runaway_loop_ends_with_an_error_instead_of_hanging()
    {
        using var theme = new ScratchTheme("{{ while true }}{{ end }}");

        Assert.Equal("", theme.Render(Hostile));
        Assert.Contains(theme.Diagnostics.Items, d => d.Severity == DiagnosticSeverity.Error && d.Location.File == "theme/layouts/page.sbn-html");
    }

    [Fact]
    public void Included_text_is_not_re_indented()
    {
        using var theme = new ScratchTheme("<div>\n    {{ include \"code\" }}\n</div>", new Dictionary<string, string> { ["code"] = "<pre>a\nb\n  c</pre>" });

        Assert.Equal("<div>\n    <pre>a\nb\n  c</pre>\n</div>", theme.Render(Hostile));
    }

    [Fact]
    public void The_content_slot_cannot_be_written_from_inside_the_content()
    {
        using var theme = new ScratchTheme("{{ page.content }}");

        Assert.Equal("", theme.Render(Hostile));
        Assert.Contains(theme.Diagnostics.Items, d => d.Message.Contains("page.content can be written only by layouts/base", StringComparison.Ordinal));
    }

    [Fact]
    public void A_theme_still_in_handlebars_says_what_to_do()
    {
        using var theme = new ScratchTheme("x");
        foreach (var file in Directory.EnumerateFiles(theme.Dir, "*.sbn-html", SearchOption.AllDirectories)) File.Delete(file);
        File.WriteAllText(Path.Combine(theme.Dir, "layouts", "base.hbs"), "{{{Body}}}");

        Assert.Null(theme.Load());

        var error = Assert.Single(theme.Diagnostics.Items);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains("Handlebars (.hbs, 1 files), which SiteGen no longer reads", error.Message, StringComparison.Ordinal);
        Assert.Contains("docs/theming.md", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_layout_is_an_error_at_load_not_a_crash_while_rendering()
    {
        using var theme = new ScratchTheme("x");

        Assert.Null(Theme.Load([theme.Dir], PageLayouts.Names, theme.Diagnostics));

        Assert.Contains(theme.Diagnostics.Items, d => d.ToString() == "theme/layouts/paper.sbn-html: error: theme has no 'paper' layout, which SiteGen renders pages with");
    }

    private sealed record CachedItem(string Key, string Title) : ICachedView
    {
        public string CacheKey => Key;
    }

    private static string RenderTwice(ScratchTheme theme, CachedItem first, CachedItem second)
    {
        var loaded = theme.Load()!;
        var layout = new ThemeLayout(ScratchTheme.Layout, "model");
        return System.Text.Encoding.UTF8.GetString(loaded.RenderPage(layout, first, ScratchTheme.Frame("one"))) + "|" +
            System.Text.Encoding.UTF8.GetString(loaded.RenderPage(layout, second, ScratchTheme.Frame("two")));
    }

    [Fact]
    public void A_partial_that_reads_only_a_cached_view_is_rendered_once_per_view_key()
    {
        using var theme = new ScratchTheme("{{ item = model }}{{ include \"item\" }}",
            new Dictionary<string, string> { ["item"] = "<b>{{ item.title }}</b>{{ for c in item.title }}{{ end }}" });

        // Same key, other title: the HTML made for the key is reused (the contract of ICachedView).
        Assert.Equal("<b>A</b>|<b>A</b>", RenderTwice(theme, new CachedItem("k", "A"), new CachedItem("k", "B")));
        Assert.Equal("<b>A</b>|<b>B</b>", RenderTwice(theme, new CachedItem("k1", "A"), new CachedItem("k2", "B")));
    }

    [Theory]
    [InlineData("{{ item.title }} on {{ page.title }}", "A on one|B on two")]
    [InlineData("{{ x = 1 }}{{ item.title }}", "A|B")]
    [InlineData("{{ item.title }}{{ include \"other\" }}", "A.|B.")]
    [InlineData("{{ capture c }}{{ item.title }}{{ end }}{{ c }}", "A|B")]
    public void A_partial_that_reads_more_than_the_view_is_rendered_every_time(string partial, string expected)
    {
        using var theme = new ScratchTheme("{{ item = model }}{{ include \"item\" }}",
            new Dictionary<string, string> { ["item"] = partial, ["other"] = "." });

        Assert.Equal(expected, RenderTwice(theme, new CachedItem("k", "A"), new CachedItem("k", "B")));
    }

    [Fact]
    public void The_shipped_paper_item_partial_is_rendered_once_per_paper_and_depth()
    {
        var diagnostics = new DiagnosticBag();
        var theme = Theme.Load([Support.RepoPaths.Theme], PageLayouts.Names, diagnostics);

        Assert.NotNull(theme);
        Assert.Equal("item", theme.PartialReadingOnlyOneVariable("paper-item"));
        Assert.Equal("page", theme.PartialReadingOnlyOneVariable("search-box")); // one variable, but not a cached view: rendered each time
    }

    [Theory]
    [InlineData("titel", "title")]
    [InlineData("Title", "title")]
    [InlineData("body", null)]
    [InlineData("dateiso", "date_iso")]
    public void The_suggested_member_is_the_nearest_spelling(string typed, string? expected) =>
        Assert.Equal(expected, HtmlTemplateContext.ClosestName(typed, ["title", "href", "date_iso", "date_text"]));
}
