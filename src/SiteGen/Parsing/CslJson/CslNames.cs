using System.Text.Json;
using SiteGen.Model;
using SiteGen.Parsing.Names;

namespace SiteGen.Parsing.CslJson;

/// <summary>CSL name objects → names: particles and suffix join the family name; <c>literal</c> names are read as written.</summary>
internal static class CslNames
{
    public static (IReadOnlyList<PersonName> Names, bool Truncated) Read(JsonElement authors)
    {
        var names = new List<PersonName>();
        var truncated = false;
        if (authors.ValueKind != JsonValueKind.Array) return (names, false);
        foreach (var a in authors.EnumerateArray())
        {
            if (a.ValueKind != JsonValueKind.Object) continue;
            var literal = Text(a, "literal");
            if (literal is "others" or "et al." or "et al") { truncated = true; continue; }
            var family = Text(a, "family");
            if (family is null)
            {
                if (literal is not null) names.Add(new PersonName("", literal));
                continue;
            }
            var particle = string.Join(' ', new[] { Text(a, "dropping-particle"), Text(a, "non-dropping-particle") }.OfType<string>());
            var suffix = Text(a, "suffix");
            var full = (particle.Length > 0 ? particle + " " : "") + family + (suffix is null ? "" : " " + suffix);
            names.Add(new PersonName(Text(a, "given") ?? "", full));
        }
        return (names, truncated);
    }

    private static string? Text(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString()!.Trim().Length > 0 ? v.GetString()!.Trim() : null;
}
