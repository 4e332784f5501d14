using SiteGen.MathML;
using SiteGen.Parsing.Bibtex;
using SiteGen.Tex;

namespace SiteGen.Tests.Tex;

/// <summary>Where TeX math is, what the converter does with hostile formulas, and the text commands BibTeX fields use.</summary>
public sealed class TexReadingTests
{
    [Theory]
    [InlineData("raised $5M in 2023")]
    [InlineData("$20,000 and $30,000")]
    [InlineData("costs $5 and $ 6")]
    [InlineData(@"a bond at \$100 pays \$3")]
    [InlineData("raised $5M from investors, and later top-k")]
    public void A_dollar_that_is_not_math_opens_no_formula(string text) =>
        Assert.DoesNotContain(TexProse.Read(text), i => i is TexFormula);

    [Theory]
    [InlineData("top-$k$ sampling", "k", false)]
    [InlineData(@"from ${\sim}84$\,GB", @"{\sim}84", false)]
    [InlineData(@"matrix \( A \), this", " A ", false)]
    [InlineData(@"the loss $$L = \sum_i \ell_i$$ holds", @"L = \sum_i \ell_i", true)]
    [InlineData(@"and \[ E = mc^2 \] holds", " E = mc^2 ", true)]
    [InlineData("raised $5M, and top-$k$ sampling", "k", false)]
    public void Math_delimiters_find_the_formula(string text, string tex, bool display)
    {
        var formula = Assert.Single(TexProse.Read(text).OfType<TexFormula>());
        Assert.Equal(tex, formula.Tex);
        Assert.Equal(display, formula.Display);
    }

    [Theory]
    [InlineData(@"Electronic Pub\-lish\-ing\emdash{}Orig\-i\-na\-tion", "Electronic Publishing—Origination")]
    [InlineData(@"pages 1\endash 9, 1\textendash 9, a\textemdash b", "pages 1–9, 1–9, a—b")]
    public void Dash_commands_become_dashes(string tex, string text) => Assert.Equal(text, LatexText.ToUnicode(tex));

    [Fact]
    public void Converted_MathML_carries_no_style_link_or_annotation()
    {
        var formula = TemmlConverter.Shared.Convert(@"{\color{red} x} + \textcolor{#0a0}{y} + \frac{a}{b}", display: false);
        Assert.NotNull(formula.MathML);
        Assert.StartsWith("<math>", formula.MathML);
        Assert.Contains("mathcolor=", formula.MathML);
        Assert.DoesNotContain("style=", formula.MathML);
        Assert.DoesNotContain("annotation", formula.MathML);
        // temml refuses links without trust; were one written, the sanitiser drops href.
        var link = TemmlConverter.Shared.Convert(@"\href{javascript:alert(1)}{z}", display: false);
        Assert.DoesNotContain("href", link.MathML ?? "");
        Assert.DoesNotContain("javascript", link.MathML ?? "");
    }

    [Theory]
    [InlineData(@"\def\x{\x}\x")]
    [InlineData(@"\undefinedmacro{n}")]
    [InlineData(@"\frac{1}{")]
    public void A_formula_the_converter_refuses_is_kept_as_TeX_with_the_reason(string tex)
    {
        var formula = TemmlConverter.Shared.Convert(tex, display: false);
        Assert.Null(formula.MathML);
        Assert.False(string.IsNullOrWhiteSpace(formula.Problem));
        Assert.Equal(tex.Trim(), formula.Plain);
    }

    [Fact]
    public void Formulas_past_the_length_or_nesting_limits_are_not_tried()
    {
        var converter = new TemmlConverter(TimeSpan.FromSeconds(2));
        Assert.Contains("longer than", converter.Convert(new string('x', TemmlConverter.MaxLength + 1), false).Problem);
        Assert.Contains("nests braces", converter.Convert(new string('{', 50) + "x" + new string('}', 50), false).Problem);
    }

    [Fact]
    public void Deeply_nested_delimiters_end_as_a_refusal_not_a_crash()
    {
        var tex = string.Concat(Enumerable.Repeat(@"\left(", 300)) + "x" + string.Concat(Enumerable.Repeat(@"\right)", 300));
        var formula = new TemmlConverter(TimeSpan.FromSeconds(2)).Convert(tex, display: false);
        Assert.True(formula.MathML is not null || formula.Problem is not null);
    }

    [Fact]
    public void The_plain_form_reads_scripts_fractions_and_symbols()
    {
        Assert.Equal("O(10^4) − O(10^5)", TemmlConverter.Shared.Convert(@"\mathcal{O}(10^4) - \mathcal{O}(10^5)", false).Plain);
        Assert.Equal("(a + b)/2", TemmlConverter.Shared.Convert(@"\frac{a+b}{2}", false).Plain);
        Assert.Equal("→", TemmlConverter.Shared.Convert(@"\rightarrow", false).Plain);
    }

    [Fact]
    public void Deep_groups_in_prose_are_read_as_text_without_recursion()
    {
        var text = string.Concat(Enumerable.Repeat(@"{\em ", 100_000)) + "x" + new string('}', 100_000);
        var readable = ReadableAbstract.Make(text, (tex, display) => Formula.Unconverted(tex, display, "test"));
        Assert.Contains("x", readable.Text);
    }
}
