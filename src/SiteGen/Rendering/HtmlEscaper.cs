using System.Buffers;

namespace SiteGen.Rendering;

/// <summary>
/// Escapes text for HTML element content and quoted attribute values. Only the characters
/// that can end a text run or an attribute (&amp; &lt; &gt; " ' `) are replaced; everything
/// else, accents and scripts included, stays as written (UTF-8 pages need no entities).
/// </summary>
internal static class HtmlEscaper
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'`");

    /// <summary>Calls <paramref name="write"/> with the escaped text in pieces (no copy of the whole).</summary>
    public static void Escape<TState>(string text, TState state, Action<TState, string, int, int> write)
    {
        var start = 0;
        while (start < text.Length)
        {
            var at = text.AsSpan(start).IndexOfAny(Special);
            if (at < 0)
            {
                write(state, text, start, text.Length - start);
                return;
            }
            if (at > 0) write(state, text, start, at);
            var entity = Entity(text[start + at]);
            write(state, entity, 0, entity.Length);
            start += at + 1;
        }
    }

    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny(Special) < 0) return text;
        var builder = new System.Text.StringBuilder(text.Length + 16);
        Escape(text, builder, static (b, s, start, count) => b.Append(s, start, count));
        return builder.ToString();
    }

    private static string Entity(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#x27;",
        _ => "&#x60;",
    };
}
