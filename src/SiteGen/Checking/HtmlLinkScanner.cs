using System.Net;
using System.Text;

namespace SiteGen.Checking;

/// <summary>What the link check needs of one page: its element ids and its href/src values.</summary>
public sealed record PageLinks(IReadOnlyList<string> Ids, IReadOnlyList<string> Links);

/// <summary>
/// Finds every start tag's <c>id</c>, <c>href</c> and <c>src</c> in UTF-8 HTML, following the
/// HTML tokenizer's rules for what is a tag and an attribute: comments, doctypes and bogus
/// comments are skipped, the text of script, style, textarea, title and the other raw-text
/// elements is not markup, attribute values may be double-, single- or un-quoted, the first
/// of duplicate attributes wins, character references are decoded.
/// <para>
/// Why not AngleSharp here: the build checks every page it writes, and AngleSharp's
/// tokenizer (a faithful character-by-character state machine) was most of a 100k-paper
/// build's CPU. This scanner jumps from '&lt;' to '&lt;' on the bytes and decodes only the
/// three attributes it keeps. Tests hold it to AngleSharp's DOM on the shipped site and on
/// generated markup.
/// </para>
/// </summary>
public static class HtmlLinkScanner
{
    public static PageLinks Scan(ReadOnlySpan<byte> html)
    {
        var ids = new List<string>();
        var links = new List<string>();
        var i = 0;
        while (i < html.Length)
        {
            var lt = html[i..].IndexOf((byte)'<');
            if (lt < 0) break;
            i += lt + 1;
            if (i >= html.Length) break;
            var c = html[i];
            if (c == '!') i = SkipMarkupDeclaration(html, i + 1);
            else if (c == '?') i = SkipPast(html, i, (byte)'>');
            else if (c == '/')
            {
                if (i + 1 < html.Length && IsAsciiLetter(html[i + 1])) i = ReadTag(html, i + 1, null, null, out _);
                else i = SkipPast(html, i, (byte)'>'); // "</>" is dropped, "</ ..." is a bogus comment
            }
            else if (IsAsciiLetter(c))
            {
                i = ReadTag(html, i, ids, links, out var rawTextEnd);
                if (rawTextEnd is not null) i = SkipRawText(html, i, rawTextEnd);
            }
        }
        return new PageLinks(ids, links);
    }

    /// <summary>After "&lt;!": a comment ends at "--&gt;" (or an abrupt "&lt;!--&gt;"); a doctype or bogus comment at the next '&gt;'.</summary>
    private static int SkipMarkupDeclaration(ReadOnlySpan<byte> html, int i)
    {
        if (!html[i..].StartsWith("--"u8)) return SkipPast(html, i, (byte)'>');
        i += 2;
        if (html[i..].StartsWith(">"u8)) return i + 1;
        if (html[i..].StartsWith("->"u8)) return i + 2;
        for (var j = i; j < html.Length; j++)
        {
            if (html[j] != '-') continue;
            var rest = html[j..];
            if (rest.StartsWith("-->"u8)) return j + 3;
            if (rest.StartsWith("--!>"u8)) return j + 4;
        }
        return html.Length;
    }

    private static int SkipPast(ReadOnlySpan<byte> html, int i, byte end)
    {
        var at = html[i..].IndexOf(end);
        return at < 0 ? html.Length : i + at + 1;
    }

    /// <summary>
    /// Reads a tag from its name to its '&gt;'. For a start tag (<paramref name="ids"/> not null) keeps
    /// id/href/src, and names the raw-text element whose text follows. A tag cut off by the end of
    /// the page is not a tag (the tokenizer drops it).
    /// </summary>
    private static int ReadTag(ReadOnlySpan<byte> html, int i, List<string>? ids, List<string>? links, out byte[]? rawTextEnd)
    {
        rawTextEnd = null;
        var nameStart = i;
        while (i < html.Length && !IsTagSpace(html[i]) && html[i] != '/' && html[i] != '>') i++;
        var name = html[nameStart..i];
        string? id = null, href = null, src = null;
        while (true)
        {
            while (i < html.Length && (IsTagSpace(html[i]) || html[i] == '/')) i++;
            if (i >= html.Length) return html.Length;
            if (html[i] == '>') break;

            // Attribute name: a leading '=' belongs to the name; it ends at space, '/', '>' or '='.
            var attrStart = i++;
            while (i < html.Length && !IsTagSpace(html[i]) && html[i] is not (byte)'/' and not (byte)'>' and not (byte)'=') i++;
            var attrName = html[attrStart..i];
            while (i < html.Length && IsTagSpace(html[i])) i++;
            ReadOnlySpan<byte> value = default;
            if (i < html.Length && html[i] == '=')
            {
                i++;
                while (i < html.Length && IsTagSpace(html[i])) i++;
                if (i >= html.Length) return html.Length;
                if (html[i] is (byte)'"' or (byte)'\'')
                {
                    var quote = html[i++];
                    var close = html[i..].IndexOf(quote);
                    if (close < 0) return html.Length;
                    value = html.Slice(i, close);
                    i += close + 1;
                }
                else if (html[i] != '>')
                {
                    var valueStart = i;
                    while (i < html.Length && !IsTagSpace(html[i]) && html[i] != '>') i++;
                    value = html[valueStart..i];
                }
            }
            if (ids is null) continue;
            // The first of duplicate attributes wins: later ones are dropped, as the tokenizer does.
            if (id is null && AsciiEqualsIgnoreCase(attrName, "id"u8)) id = Decode(value);
            else if (href is null && AsciiEqualsIgnoreCase(attrName, "href"u8)) href = Decode(value);
            else if (src is null && AsciiEqualsIgnoreCase(attrName, "src"u8)) src = Decode(value);
        }
        if (ids is not null)
        {
            if (id is not null) ids.Add(id);
            if (href is not null) links!.Add(href);
            if (src is not null) links!.Add(src);
            rawTextEnd = RawTextElement(name);
        }
        return i + 1;
    }

    /// <summary>Elements whose text the tokenizer reads as text up to their own end tag.</summary>
    private static readonly byte[][] RawTextElements =
        [.. new[] { "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext" }.Select(Encoding.ASCII.GetBytes)];

    private static byte[]? RawTextElement(ReadOnlySpan<byte> name)
    {
        foreach (var raw in RawTextElements)
            if (AsciiEqualsIgnoreCase(name, raw)) return raw;
        return null;
    }

    /// <summary>Skips to the end tag "&lt;/name" followed by space, '/' or '&gt;' (any case); plaintext never ends.</summary>
    private static int SkipRawText(ReadOnlySpan<byte> html, int i, byte[] name)
    {
        if (name.AsSpan().SequenceEqual("plaintext"u8)) return html.Length;
        while (i < html.Length)
        {
            var lt = html[i..].IndexOf("</"u8);
            if (lt < 0) return html.Length;
            var at = i + lt + 2;
            var end = at + name.Length;
            if (end <= html.Length && AsciiEqualsIgnoreCase(html[at..end], name)
                && (end == html.Length || IsTagSpace(html[end]) || html[end] is (byte)'/' or (byte)'>'))
                return i + lt; // the end tag itself is read by the main loop
            i = at;
        }
        return html.Length;
    }

    private static string Decode(ReadOnlySpan<byte> value)
    {
        var text = Encoding.UTF8.GetString(value);
        return text.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(text) : text;
    }

    private static bool IsTagSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\f' or (byte)'\r';

    private static bool IsAsciiLetter(byte b) => (uint)((b | 0x20) - 'a') <= 'z' - 'a';

    private static bool AsciiEqualsIgnoreCase(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        if (a.Length != b.Length) return false;
        for (var k = 0; k < a.Length; k++)
            if ((a[k] | 0x20) != (b[k] | 0x20)) return false;
        return true;
    }
}
