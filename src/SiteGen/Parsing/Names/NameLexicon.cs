using SiteGen.Model;
using SiteGen.Text;

namespace SiteGen.Parsing.Names;

/// <summary>
/// Given and family names seen anywhere in the inputs (folded, so "Aurélien" and
/// "Aurelien" count as one). Parsers that must find where a name starts in glued text
/// use it as evidence; it is built from every listing before such parsers run.
/// </summary>
public sealed class NameLexicon
{
    private readonly HashSet<string> _given = new(StringComparer.Ordinal);
    private readonly HashSet<string> _family = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public void Add(PersonName name)
    {
        lock (_gate)
        {
            foreach (var part in name.Given.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                if (part.Length > 1 && !part.EndsWith('.')) _given.Add(TextFolding.Fold(part));
            foreach (var part in name.Family.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                if (!PersonNameParser.IsParticle(part)) _family.Add(TextFolding.Fold(part));
        }
    }

    public void AddRange(IEnumerable<PersonName> names)
    {
        foreach (var name in names) Add(name);
    }

    public bool IsKnownGiven(string token)
    {
        lock (_gate) return _given.Contains(TextFolding.Fold(token));
    }

    public bool IsKnownFamily(string token)
    {
        lock (_gate) return _family.Contains(TextFolding.Fold(token));
    }
}
