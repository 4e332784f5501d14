using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Parsing.Names;

namespace SiteGen.Parsing;

/// <summary>What a parser may consult besides its own file.</summary>
public sealed class ParseContext(SiteConfig config, DiagnosticBag diagnostics, NameLexicon lexicon)
{
    public SiteConfig Config { get; } = config;
    public DiagnosticBag Diagnostics { get; } = diagnostics;
    public NameLexicon Lexicon { get; } = lexicon;
}
