using SiteGen.Topics;

namespace SiteGen.Tests.Topics;

/// <summary>Category codes get their arXiv names.</summary>
public sealed class ArxivCategoriesTests
{
    [Theory]
    [InlineData("LG", "cs.LG", "Machine Learning")]
    [InlineData("CV", "cs.CV", "Computer Vision and Pattern Recognition")]
    [InlineData("CL", "cs.CL", "Computation and Language")]
    [InlineData("AI", "cs.AI", "Artificial Intelligence")]
    [InlineData("NE", "cs.NE", "Neural and Evolutionary Computing")]
    [InlineData("RO", "cs.RO", "Robotics")]
    [InlineData("IR", "cs.IR", "Information Retrieval")]
    [InlineData("SD", "cs.SD", "Sound")]
    [InlineData("IV", "eess.IV", "Image and Video Processing")]
    [InlineData("ML", "stat.ML", "Machine Learning (Statistics)")]
    [InlineData("CO", "astro-ph.CO", "Cosmology and Nongalactic Astrophysics")]
    [InlineData("COMP-PH", "physics.comp-ph", "Computational Physics")]
    [InlineData("NC", "q-bio.NC", "Neurons and Cognition")]
    [InlineData("OC", "math.OC", "Optimization and Control")]
    [InlineData("quant-ph", "quant-ph", "Quantum Physics")]
    [InlineData("cs.lg", "cs.LG", "Machine Learning")]
    [InlineData("math.CO", "math.CO", "Combinatorics")]
    public void Codes_resolve_to_arxiv_categories(string written, string full, string name)
    {
        Assert.Equal(full, ArxivCategories.Resolve(written));
        Assert.Equal(name, ArxivCategories.NameOf(written));
    }

    [Fact]
    public void Unknown_codes_have_no_name()
    {
        Assert.Null(ArxivCategories.NameOf("XYZ"));
    }
}
