using System.Text.RegularExpressions;

namespace SiteGen.Parsing.Common;

/// <summary>
/// DOIs and arXiv ids as every import format writes them (bare, as URLs, "arXiv:" prefixed,
/// versioned), brought to one form so records from different files merge and link alike.
/// </summary>
public static partial class Identifiers
{
    [GeneratedRegex(@"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DoiPrefix();

    [GeneratedRegex(@"(?:arxiv\.org/(?:abs|pdf)/|arxiv:\s*|10\.48550/arxiv\.|^)(?<id>\d{4}\.\d{4,5}|[a-z][a-z.-]*/\d{7})(?:v\d+)?(?:\.pdf)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArxivPattern();

    /// <summary>"https://doi.org/10.1/x" → "10.1/x"; null when the text is not a DOI.</summary>
    public static string? Doi(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var doi = DoiPrefix().Replace(text.Trim(), "");
        return doi.StartsWith("10.", StringComparison.Ordinal) && doi.Contains('/', StringComparison.Ordinal) ? doi : null;
    }

    /// <summary>The arXiv id in an id, "arXiv:" reference, arXiv URL or arXiv DOI, without its version; null if none.</summary>
    public static string? Arxiv(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var m = ArxivPattern().Match(text.Trim());
        return m.Success ? m.Groups["id"].Value : null;
    }

    /// <summary>The text when it is an absolute http(s) URL, else null (al-folio's relative "paper.pdf" would be a broken link here).</summary>
    public static string? HttpUrl(string? text) => Text.WebAddress.Http(text);

    /// <summary>"scheme:..." (https:, mailto:, javascript:) as opposed to a relative file name such as "paper.pdf" or "/assets/paper.pdf".</summary>
    public static bool HasScheme(string text) => UrlScheme().IsMatch(text.Trim());

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]*:", RegexOptions.CultureInvariant)]
    private static partial Regex UrlScheme();

    /// <summary>An arXiv id found in any of the texts that plausibly name one (URL, DOI, "number" field).</summary>
    public static string? ArxivFromAny(params string?[] texts)
    {
        foreach (var t in texts)
        {
            if (t is null || !t.Contains("arxiv", StringComparison.OrdinalIgnoreCase)) continue;
            if (Arxiv(t) is { } id) return id;
        }
        return null;
    }
}
