using SiteGen.Diagnostics;
using SiteGen.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Reading;

/// <summary>
/// Loads the YAML SiteGen reads (site.yml, permalinks.yml, a paper's front matter) into
/// YamlDotNet's node model, turning every way that can fail into one error at file(line).
/// YamlDotNet builds nodes recursively, so 200 KB of '[' overflowed the stack and killed
/// the process: nesting deeper than <see cref="MaxDepth"/> is refused as the parser meets
/// it, before any node is built. Its scanner also throws InvalidOperationException on some
/// broken flow collections (<c>- name: [oops</c> followed by <c>key: value</c>).
/// </summary>
public static class YamlLoader
{
    /// <summary>No SiteGen file nests more than a few levels; 64 leaves room and keeps the recursion shallow.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// The first document's root node (null for an empty file), or false after reporting an
    /// error that ends with <paramref name="consequence"/> (what the caller does instead).
    /// </summary>
    public static bool TryLoad(string text, string file, DiagnosticBag diagnostics, string consequence, out YamlNode? root)
    {
        root = null;
        var parser = new DepthLimitedParser(new Parser(new StringReader(text)));
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            // At the end of the file YamlDotNet names the line after the last one.
            var lines = text.AsSpan().Count('\n') + (text.EndsWith('\n') ? 0 : 1);
            diagnostics.Error(new SourceLocation(file, Math.Clamp((int)ex.Start.Line, 1, Math.Max(1, lines))), $"invalid YAML: {(ex.InnerException ?? ex).Message}; {consequence}");
            return false;
        }
        catch (InvalidOperationException)
        {
            diagnostics.Error(new SourceLocation(file, parser.Line), $"invalid YAML: a flow collection ([...] or {{...}}) near this line is not closed; {consequence}");
            return false;
        }
        root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
        return true;
    }

    /// <summary>Passes the parser's events through, counting how deep collections nest.</summary>
    private sealed class DepthLimitedParser(IParser inner) : IParser
    {
        private int _depth;

        public ParsingEvent? Current => inner.Current;

        /// <summary>The line the last event ended on, for errors the scanner reports without one.</summary>
        public int Line { get; private set; } = 1;

        public bool MoveNext()
        {
            if (!inner.MoveNext()) return false;
            var current = inner.Current!;
            Line = Math.Max(1, (int)current.End.Line);
            if (current is SequenceStart or MappingStart && ++_depth > MaxDepth)
                throw new YamlException(current.Start, current.End, $"collections nested more than {MaxDepth} levels deep");
            if (current is SequenceEnd or MappingEnd) _depth--;
            return true;
        }
    }
}
