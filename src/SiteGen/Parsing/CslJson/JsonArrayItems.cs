namespace SiteGen.Parsing.CslJson;

/// <summary>
/// Walks the top-level items of a JSON array without parsing them: a bracket-depth scan
/// that skips strings and comments finds where each item starts and ends, so every item can
/// be parsed on its own and a syntax error costs only that item, not the rest of a Zotero
/// export. Missing or extra commas between items are reported and read past. A string
/// never spans lines in JSON, so a newline ends an unterminated string and the scan stays in
/// step with the lines after it.
/// </summary>
internal sealed class JsonArrayItems
{
    private readonly string _s;
    private readonly int _open;
    private int _pos;
    private bool _afterItem;

    /// <param name="s">The whole file.</param>
    /// <param name="open">Offset of the array's '['.</param>
    public JsonArrayItems(string s, int open)
    {
        _s = s;
        _open = open;
        _pos = open + 1;
    }

    /// <summary>Structural problems as (offset, message), in file order.</summary>
    public List<(int Offset, string Message)> Problems { get; } = [];

    /// <summary>The next item as [Start, End) offsets, or null once the array is closed (or the text ends).</summary>
    public (int Start, int End)? Next()
    {
        while (true)
        {
            _pos = SkipTrivia(_s, _pos);
            if (_pos >= _s.Length)
            {
                Problems.Add((_open, "the array is not closed with ']' by the end of the file; the items in it are kept"));
                return null;
            }
            switch (_s[_pos])
            {
                case ']':
                    _pos = SkipTrivia(_s, _pos + 1);
                    if (_pos < _s.Length) Problems.Add((_pos, "text after the array's closing ']'; ignored"));
                    return null;
                case ',':
                    // One comma after an item (a trailing one before ']' too) is the separator.
                    if (!_afterItem) Problems.Add((_pos, "extra ',' between items; ignored"));
                    _afterItem = false;
                    _pos++;
                    continue;
                case '}':
                    Problems.Add((_pos, "'}' outside any item; ignored"));
                    _pos++;
                    continue;
            }
            if (_afterItem) Problems.Add((_pos, "missing ',' before this item; read anyway"));
            var start = _pos;
            _pos = ItemEnd(start);
            _afterItem = true;
            return (start, _pos);
        }
    }

    /// <summary>
    /// For an item that did not parse: where the text after it seems to resume inside the
    /// span the bracket scan gave it — a line that opens an object at the item's own
    /// indentation (the next item, when this one lost a closing brace or quote), or a line
    /// starting with ']' indented less (the array's end). Null when there is no such line.
    /// Only ever used on a failed item, so a valid file's layout never matters.
    /// </summary>
    public int? NextItemInside(int start, int end)
    {
        var lineStart = _s.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var column = start - lineStart;
        for (var nl = _s.IndexOf('\n', start); nl >= 0 && nl < end; nl = _s.IndexOf('\n', nl + 1))
        {
            var first = nl + 1;
            while (first < _s.Length && _s[first] is ' ' or '\t' or '\r') first++;
            if (first >= end) return null;
            var indent = first - nl - 1;
            if ((_s[first] == '{' && indent == column) || (_s[first] == ']' && indent < column)) return first;
        }
        return null;
    }

    /// <summary>Continues the scan at <paramref name="pos"/> (after a failed item was cut there).</summary>
    public void ResumeAt(int pos)
    {
        _pos = pos;
        // The cut item never reached its comma; what follows is an item or the array's end.
        _afterItem = false;
    }

    /// <summary>The offset after whitespace and // or /* */ comments (which the JSON reader also skips).</summary>
    public static int SkipTrivia(string s, int pos)
    {
        while (pos < s.Length)
        {
            if (char.IsWhiteSpace(s[pos])) pos++;
            else if (IsCommentStart(s, pos)) pos = CommentEnd(s, pos);
            else break;
        }
        return pos;
    }

    /// <summary>End of the item starting at <paramref name="start"/>: after its closing bracket, or at the ',' / ']' ending a scalar.</summary>
    private int ItemEnd(int start)
    {
        var depth = 0;
        for (var i = start; i < _s.Length; i++)
        {
            var c = _s[i];
            if (c == '"') i = StringEnd(i);
            else if (IsCommentStart(_s, i)) i = CommentEnd(_s, i) - 1;
            else if (c is '{' or '[') depth++;
            else if (c is '}' or ']')
            {
                if (depth == 0) return i;
                if (--depth == 0) return i + 1;
            }
            else if (c == ',' && depth == 0) return i;
        }
        return _s.Length;
    }

    /// <summary>The closing quote of the string opening at <paramref name="open"/>, or the character before the newline or end that cuts it short.</summary>
    private int StringEnd(int open)
    {
        for (var j = open + 1; j < _s.Length; j++)
        {
            var c = _s[j];
            if (c == '\n') return j - 1;
            if (c == '"') return j;
            if (c == '\\' && j + 1 < _s.Length && _s[j + 1] != '\n') j++;
        }
        return _s.Length - 1;
    }

    private static bool IsCommentStart(string s, int i) => s[i] == '/' && i + 1 < s.Length && s[i + 1] is '/' or '*';

    private static int CommentEnd(string s, int i)
    {
        if (s[i + 1] == '/')
        {
            var nl = s.IndexOf('\n', i);
            return nl < 0 ? s.Length : nl;
        }
        var close = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
        return close < 0 ? s.Length : close + 2;
    }
}
