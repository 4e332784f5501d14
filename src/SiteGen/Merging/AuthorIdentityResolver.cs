using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Text;

namespace SiteGen.Merging;

/// <summary>
/// Decides which spellings are one person. In order of authority:
/// <list type="number">
/// <item>site.yml <c>distinct</c>: never merged, whatever else says so;</item>
/// <item>site.yml <c>aliases</c>: merged;</item>
/// <item>spellings equal after folding case, diacritics and punctuation: merged;</item>
/// <item>a name written with a generational suffix and without it ("Martin Luther King Jr." and
///   "Martin Luther King"): merged, unless the bare name is seen with two suffixes (a Jr. and a
///   Sr.: it could be either) or both are credited on one paper;</item>
/// <item>same family name, compatible given names (<see cref="GivenNames"/>) and at least one
///   shared co-author other than a list's owner: merged, unless both are credited on one paper, that would put
///   incompatible given names in one person, or one spelling also fits someone else (a
///   "J. Smith" beside "John" and "Jane"). Without a shared co-author the pair is only
///   reported (<see cref="AuthorResolution.Unmerged"/>): merging two people is worse than
///   splitting one, and the user can confirm with an alias.</item>
/// </list>
/// </summary>
internal sealed class AuthorIdentityResolver
{
    /// <summary>One folded spelling and where it occurs.</summary>
    private sealed class Spelling(string key, string familyKey, string givenKey, string suffixKey, string bareKey)
    {
        public string Key { get; } = key;

        /// <summary>The family name without its suffix, so "King Jr." and "King" are compared at all.</summary>
        public string FamilyKey { get; } = familyKey;

        /// <summary>"jr", "iii", or "": two different suffixes are two people.</summary>
        public string Suffix { get; } = suffixKey;

        /// <summary>The key of the name without its suffix.</summary>
        public string BareKey { get; } = bareKey;

        public string[] Given { get; } = givenKey.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        public Dictionary<PersonName, int> Names { get; } = [];
        public HashSet<int> Papers { get; } = [];
        public HashSet<int> Coauthors { get; } = [];
    }

    private readonly List<Spelling> _spellings = [];
    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);
    private readonly HashSet<(int, int)> _distinct = [];
    private readonly Dictionary<int, PersonName> _aliasCanonical = [];
    private readonly HashSet<int> _owners = [];
    private int[] _parent = [];
    private List<int>[] _members = []; // spellings of each group, kept at its root
    private readonly AuthorSettings _settings;
    private readonly DiagnosticBag _diagnostics;

    private AuthorIdentityResolver(AuthorSettings settings, DiagnosticBag diagnostics)
    {
        _settings = settings;
        _diagnostics = diagnostics;
    }

    /// <param name="paperAuthors">Named authors of each merged paper, by paper index.</param>
    /// <param name="listOwners">Owner of each paper's publication list(s), by paper index.</param>
    public static AuthorResolution Resolve(
        IReadOnlyList<IReadOnlyList<PersonName>> paperAuthors,
        IReadOnlyList<IReadOnlyList<PersonName>> listOwners,
        AuthorSettings settings,
        DiagnosticBag diagnostics)
    {
        var resolver = new AuthorIdentityResolver(settings, diagnostics);
        resolver.Collect(paperAuthors, listOwners);
        resolver.ApplyDistinct();
        resolver.ApplyAliases();
        resolver.MergeDroppedSuffixes();
        var (merged, unmerged) = resolver.MergeByEvidence();
        var (authors, ids) = resolver.BuildAuthors();
        return new AuthorResolution(authors, ids, merged, unmerged);
    }

    private int SpellingOf(PersonName name)
    {
        var key = NameKeys.Of(name);
        if (!_byKey.TryGetValue(key, out var index))
        {
            index = _spellings.Count;
            _byKey[key] = index;
            _spellings.Add(new Spelling(key, NameKeys.FamilyOf(name), TextFolding.Key(name.Given), NameKeys.SuffixOf(name), NameKeys.WithoutSuffixOf(name)));
        }
        return index;
    }

    private void Collect(IReadOnlyList<IReadOnlyList<PersonName>> paperAuthors, IReadOnlyList<IReadOnlyList<PersonName>> listOwners)
    {
        for (var p = 0; p < paperAuthors.Count; p++)
        {
            var onPaper = paperAuthors[p].Select(SpellingOf).ToList();
            for (var i = 0; i < onPaper.Count; i++)
            {
                var s = _spellings[onPaper[i]];
                var name = paperAuthors[p][i];
                s.Names[name] = s.Names.GetValueOrDefault(name) + 1;
                s.Papers.Add(p);
                s.Coauthors.UnionWith(onPaper.Where(o => o != onPaper[i]));
            }
        }

        // A list owner is everyone's co-author on their list: that is the evidence which ties
        // "Falck, F." heading a list to the "Fabian Falck" credited on it.
        for (var p = 0; p < listOwners.Count; p++)
        {
            foreach (var owner in listOwners[p])
            {
                var o = SpellingOf(owner);
                _owners.Add(o);
                _spellings[o].Names.TryAdd(owner, 0);
                _spellings[o].Coauthors.UnionWith(paperAuthors[p].Select(n => _byKey[NameKeys.Of(n)]).Where(i => i != o));
            }
        }
        _parent = Enumerable.Range(0, _spellings.Count).ToArray();
        _members = Enumerable.Range(0, _spellings.Count).Select(i => new List<int> { i }).ToArray();
    }

    private void ApplyDistinct()
    {
        foreach (var entry in _settings.Distinct)
        {
            var found = entry.Names.Select(n => (Name: n, Index: Find(n, entry.Location))).Where(x => x.Index >= 0).ToList();
            foreach (var a in found)
                foreach (var b in found.Where(b => b.Index != a.Index))
                    _distinct.Add((a.Index, b.Index));
            if (found.Select(x => x.Index).Distinct().Count() < found.Count)
                _diagnostics.Warning(entry.Location, "authors.distinct: names that differ only in case, accents or punctuation cannot be told apart; ignored for them");
        }
    }

    private void ApplyAliases()
    {
        foreach (var alias in _settings.Aliases)
        {
            var canonical = NameKeys.Parse(alias.Canonical);
            var members = new[] { alias.Canonical }.Concat(alias.Variants)
                .Select(n => (Name: n, Index: _byKey.GetValueOrDefault(NameKeys.Of(NameKeys.Parse(n)), -1)))
                .ToList();
            foreach (var (name, _) in members.Where(m => m.Index < 0 && m.Name != alias.Canonical))
                _diagnostics.Warning(alias.Location, $"authors.aliases: '{name}' matches no author in the listings");
            var found = members.Where(m => m.Index >= 0).Select(m => m.Index).Distinct().ToList();
            if (found.Count == 0)
            {
                _diagnostics.Warning(alias.Location, $"authors.aliases: no name of '{alias.Canonical}' matches an author in the listings");
                continue;
            }
            foreach (var other in found.Skip(1))
            {
                if (CanJoin(found[0], other)) Union(found[0], other);
                else _diagnostics.Warning(alias.Location, $"authors.aliases: '{alias.Canonical}' and '{_spellings[other].Names.Keys.First().Display}' are listed under authors.distinct; kept apart");
            }
            _aliasCanonical.TryAdd(Root(found[0]), canonical);
        }
    }

    private int Find(string written, Model.SourceLocation at)
    {
        if (_byKey.TryGetValue(NameKeys.Of(NameKeys.Parse(written)), out var index)) return index;
        _diagnostics.Warning(at, $"authors.distinct: '{written}' matches no author in the listings");
        return -1;
    }

    /// <summary>
    /// Databases and listings often drop "Jr." or "III", so the bare name is the suffixed one
    /// without further evidence, as a spelling that differs only in punctuation would be. Beside
    /// two suffixed names (a "Jr." and a "Sr.") the bare name could be either and is left to
    /// <see cref="MergeByEvidence"/>; the suffixed names themselves are never merged.
    /// </summary>
    private void MergeDroppedSuffixes()
    {
        var byBareName = Enumerable.Range(0, _spellings.Count).GroupBy(i => _spellings[i].BareKey, StringComparer.Ordinal);
        foreach (var group in byBareName)
        {
            // Spellings with equal keys are one spelling, so a group holds at most one bare name.
            var bare = group.Where(i => _spellings[i].Suffix.Length == 0).ToList();
            var suffixed = group.Where(i => _spellings[i].Suffix.Length > 0).ToList();
            if (bare.Count != 1 || suffixed.Count != 1) continue;
            var (a, b) = (bare[0], suffixed[0]);
            if (Root(a) != Root(b) && CanJoin(a, b) && !ShareAPaper(a, b) && AllGivenNamesCompatible(a, b)) Union(a, b);
        }
    }

    private (List<NamePair> Merged, List<NamePair> Unmerged) MergeByEvidence()
    {
        var candidates = _spellings
            .Select((s, i) => (s, i))
            .Where(x => x.s.FamilyKey.Length > 0)
            .GroupBy(x => x.s.FamilyKey, StringComparer.Ordinal)
            .SelectMany(g => g.SelectMany(a => g.Where(b => string.CompareOrdinal(a.s.Key, b.s.Key) < 0).Select(b => (A: a.i, B: b.i))))
            .Where(p => Compatible(p.A, p.B))
            .OrderBy(p => _spellings[p.A].FamilyKey, StringComparer.Ordinal)
            .ThenBy(p => _spellings[p.A].Key, StringComparer.Ordinal)
            .ThenBy(p => _spellings[p.B].Key, StringComparer.Ordinal)
            .ToList();

        // "J. Smith" beside both "John Smith" and "Jane Smith" could be either: evidence merges
        // leave such a spelling alone rather than pick one by chance.
        var ambiguous = candidates
            .SelectMany(p => new[] { (Of: p.A, Partner: p.B), (Of: p.B, Partner: p.A) })
            .GroupBy(x => x.Of)
            .Where(g => g.Any(x => g.Any(y => !Compatible(x.Partner, y.Partner))))
            .Select(g => g.Key)
            .ToHashSet();

        var merged = new List<NamePair>();
        // Merging one pair can make co-authors of another pair one person, so repeat until stable.
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var (a, b) in candidates)
            {
                if (Root(a) == Root(b) || ambiguous.Contains(a) || ambiguous.Contains(b) || ShareAPaper(a, b)
                    || !CanJoin(a, b) || !AllGivenNamesCompatible(a, b) || !ShareCoauthor(a, b)) continue;
                Union(a, b);
                merged.Add(new NamePair(Shown(a), Shown(b), "same family name, compatible given names, shared co-author"));
                changed = true;
            }
        }

        var unmerged = candidates
            .Where(p => Root(p.A) != Root(p.B) && CanJoin(p.A, p.B))
            .Select(p => new NamePair(Shown(p.A), Shown(p.B),
                ShareAPaper(p.A, p.B) ? "compatible names, but both are credited on one paper"
                : ambiguous.Contains(p.A) || ambiguous.Contains(p.B) ? "compatible names, but one of them also fits a different person"
                : !AllGivenNamesCompatible(p.A, p.B) ? "compatible names, but one is already merged with a spelling the other does not fit"
                : "same family name and compatible given names, but no shared co-author"))
            .ToList();
        return (merged, unmerged);
    }

    private PersonName Shown(int spelling) => _spellings[spelling].Names.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Display, StringComparer.Ordinal).First().Key;

    private List<int> Group(int spelling) => _members[Root(spelling)];

    private bool CanJoin(int a, int b)
    {
        var ga = Group(a);
        return !Group(b).Any(y => ga.Any(x => _distinct.Contains((x, y))));
    }

    private bool AllGivenNamesCompatible(int a, int b)
    {
        var ga = Group(a);
        return Group(b).All(y => ga.All(x => Compatible(x, y)));
    }

    /// <summary>Compatible given names (<see cref="GivenNames"/>) and no two different suffixes: a Jr. is not his father.</summary>
    private bool Compatible(int a, int b)
    {
        var (x, y) = (_spellings[a], _spellings[b]);
        return GivenNames.Compatible(x.Given, y.Given) && (x.Suffix.Length == 0 || y.Suffix.Length == 0 || x.Suffix == y.Suffix);
    }

    // Two spellings credited on the same paper are two people ("J. Smith" and "John Smith" as
    // co-authors), however many co-authors they share.
    private bool ShareAPaper(int a, int b)
    {
        var papers = Group(a).SelectMany(i => _spellings[i].Papers).ToHashSet();
        return Group(b).SelectMany(i => _spellings[i].Papers).Any(papers.Contains);
    }

    // A list's owner is a co-author of everyone on it, so "Smith, John" and "Smith, J." on one
    // list sharing the owner says nothing: the owner counts only for a pair they are part of.
    private bool ShareCoauthor(int a, int b)
    {
        var ra = Root(a);
        var rb = Root(b);
        var coA = Group(a).SelectMany(i => _spellings[i].Coauthors).Select(Root).ToHashSet();
        return Group(b).SelectMany(i => _spellings[i].Coauthors).Select(Root).Any(c => c != ra && c != rb && coA.Contains(c) && !Group(c).Any(_owners.Contains));
    }

    private int Root(int i)
    {
        while (_parent[i] != i) i = _parent[i] = _parent[_parent[i]];
        return i;
    }

    // The smaller index stays root so the outcome does not depend on merge order.
    private void Union(int a, int b)
    {
        var (ra, rb) = (Root(a), Root(b));
        if (ra == rb) return;
        var (keep, drop) = ra < rb ? (ra, rb) : (rb, ra);
        _parent[drop] = keep;
        _members[keep].AddRange(_members[drop]);
        _members[drop] = [];
        if (_aliasCanonical.Remove(drop, out var canonical)) _aliasCanonical.TryAdd(keep, canonical);
    }

    private (Dictionary<string, Author> Authors, Dictionary<string, string> Ids) BuildAuthors()
    {
        var members = MembersByRoot();
        var people = Enumerable.Range(0, _spellings.Count)
            .GroupBy(Root)
            .Where(g => g.Any(i => _spellings[i].Papers.Count > 0))
            .Select(g =>
            {
                var names = g.SelectMany(i => _spellings[i].Names).GroupBy(kv => kv.Key).ToDictionary(x => x.Key, x => x.Sum(kv => kv.Value));
                var canonical = _aliasCanonical.TryGetValue(g.Key, out var c) ? MatchWritten(c, names.Keys) : Fullest(names);
                var variants = names.Keys.OrderBy(n => n == canonical ? 0 : 1).ThenBy(n => n.Display, StringComparer.Ordinal).ToList();
                members.TryGetValue(g.Key, out var member);
                var isOwner = _settings.ListOwnersAreMembers && g.Any(_owners.Contains);
                return (Spellings: g.ToList(), Canonical: canonical, Variants: variants, Member: member, IsMember: member is not null || isOwner);
            })
            .OrderBy(p => Slugifier.Slugify(p.Canonical.Display, 60, "author"), StringComparer.Ordinal)
            .ThenBy(p => p.Canonical.Display, StringComparer.Ordinal)
            .ThenBy(p => _spellings[p.Spellings[0]].Key, StringComparer.Ordinal)
            .ToList();

        var authors = new Dictionary<string, Author>(StringComparer.Ordinal);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var person in people)
        {
            var slug = Slugifier.Slugify(person.Canonical.Display, 60, "author");
            var id = slug;
            for (var n = 2; authors.ContainsKey(id); n++) id = $"{slug}-{n}";
            authors[id] = new Author
            {
                Id = id,
                Name = person.Canonical,
                Variants = person.Variants,
                IsMember = person.IsMember,
                Homepage = person.Member?.Homepage,
                Role = person.Member?.Role,
                Photo = person.Member?.Photo,
                Alumni = person.Member?.Alumni ?? false,
            };
            foreach (var s in person.Spellings) ids[_spellings[s].Key] = id;
        }
        return (authors, ids);
    }

    private Dictionary<int, MemberSetting> MembersByRoot()
    {
        var result = new Dictionary<int, MemberSetting>();
        foreach (var member in _settings.Members)
        {
            var key = NameKeys.Of(NameKeys.Parse(member.Name));
            var root = _byKey.TryGetValue(key, out var s) ? Root(s)
                : _aliasCanonical.Where(kv => NameKeys.Of(kv.Value) == key).Select(kv => (int?)kv.Key).FirstOrDefault() ?? -1;
            if (root < 0 || !Group(root).Any(i => _spellings[i].Papers.Count > 0))
            {
                // A member set up for the people page (role, photo, status) may have no papers yet;
                // a bare name that matches nobody is more likely a typo.
                if (member.HasProfile) _diagnostics.Info(member.Location, $"authors.members: '{member.Name}' has no papers on the site; listed on the people page without an author page");
                else _diagnostics.Warning(member.Location, $"authors.members: '{member.Name}' matches no author in the listings");
            }
            else if (!result.TryAdd(root, member))
                _diagnostics.Warning(member.Location, $"authors.members: '{member.Name}' is the same person as '{result[root].Name}'; listed once");
        }
        return result;
    }

    /// <summary>The alias's canonical name, spelled as a listing spells it when one does (keeps accents and given/family split).</summary>
    private static PersonName MatchWritten(PersonName canonical, IEnumerable<PersonName> written) =>
        written.Where(n => n.Display == canonical.Display).FirstOrDefault() ?? canonical;

    /// <summary>
    /// The name to show: the longest given name ("Christopher C" over "Chris"), then the one
    /// with a generational suffix and the one with accents ("King Jr." over "King", "Aurélien"
    /// over "Aurelien": both are lost by tools, never added), then one in mixed case ("Jane Doe"
    /// over "JANE DOE": capitals are a style, not a name), then the most used, then ordinal order
    /// so the choice never depends on file order.
    /// </summary>
    private static PersonName Fullest(Dictionary<PersonName, int> names) =>
        names.Keys
            .OrderByDescending(n => TextFolding.Key(n.Given).Count(char.IsLetter))
            .ThenByDescending(n => NameKeys.SuffixOf(n).Length > 0)
            .ThenByDescending(n => n.Display.Count(c => c > 127))
            .ThenByDescending(n => n.Display.Any(char.IsLower) && n.Display.Any(char.IsUpper))
            .ThenByDescending(n => names[n])
            .ThenBy(n => n.Display, StringComparer.Ordinal)
            .First();
}
