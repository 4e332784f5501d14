using System.Text;

namespace SiteGen.Parsing.Bibtex;

/// <summary>
/// Recursive-descent reader of BibTeX's syntax: <c>@type{key, name = value, ...}</c> (or
/// with parentheses), values in braces, quotes, bare numbers or <c>@string</c> macros joined
/// by <c>#</c>. Text outside entries is a comment, as in BibTeX; so are <c>@comment</c> and
/// lines starting with <c>%</c>. An entry with a syntax error is reported and skipped, and
/// reading resumes at the next line that starts with <c>@</c>.
/// </summary>
internal sealed class BibtexReader
{
    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private readonly string _s;
    private readonly int[] _lineStarts;
    private readonly Dictionary<string, string> _macros = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<BibtexEntry> _entries = [];
    private readonly List<(int Line, string Message)> _problems = [];
    private int _pos;
    private string? _error;
    private int _errorAt;

    private BibtexReader(IReadOnlyList<string> lines)
    {
        _s = string.Join('\n', lines);
        _lineStarts = new int[lines.Count];
        var offset = 0;
        for (var i = 0; i < lines.Count; i++) { _lineStarts[i] = offset; offset += lines[i].Length + 1; }
        // BibTeX's standard styles predefine the month macros.
        foreach (var name in MonthNames) _macros[name[..3].ToLowerInvariant()] = name;
    }

    /// <summary>Entries in file order, and problems as (0-based line, message).</summary>
    public static (IReadOnlyList<BibtexEntry> Entries, IReadOnlyList<(int Line, string Message)> Problems) Read(IReadOnlyList<string> lines)
    {
        var reader = new BibtexReader(lines);
        reader.ReadAll();
        return (reader._entries, reader._problems);
    }

    private void ReadAll()
    {
        while (NextAt() is { } at)
        {
            _pos = at + 1;
            _error = null;
            var ok = ReadItem(at);
            if (!ok)
            {
                // Reported at the entry's first line, which names the entry; where the reader
                // noticed the problem is often lines later (an unbalanced brace swallows fields).
                var noticed = LineOf(_errorAt);
                var message = _error ?? "syntax error";
                _problems.Add((LineOf(at), noticed == LineOf(at) ? message : $"{message} (noticed at line {noticed + 1})"));
                _pos = NextLineStartingWithAt(Math.Max(_pos, at + 1));
            }
        }
    }

    /// <summary>The next '@' outside comment lines, or null at the end.</summary>
    private int? NextAt()
    {
        while (_pos < _s.Length)
        {
            var c = _s[_pos];
            if (c == '%' && AtLineStart(_pos)) { SkipLine(); continue; }
            if (c == '@') return _pos;
            _pos++;
        }
        return null;
    }

    private bool ReadItem(int at)
    {
        var type = Identifier().ToLowerInvariant();
        SkipSpace();
        if (type.Length == 0 || _pos >= _s.Length || (_s[_pos] != '{' && _s[_pos] != '('))
        {
            // "@" in running text (an e-mail address in a comment) is not an entry.
            _pos = at + 1;
            return true;
        }
        var close = _s[_pos] == '{' ? '}' : ')';
        _pos++;
        switch (type)
        {
            case "comment":
                _pos = close == '}' ? LatexText.GroupEnd(_s, _pos - 1, _s.Length) + 1 : SkipTo(')') + 1;
                return true;
            case "preamble":
                return Value(out _) && Expect(close, "')' or '}' to close @preamble");
            case "string":
                return StringMacro(close);
            default:
                return Entry(type, at, close);
        }
    }

    private bool StringMacro(char close)
    {
        SkipSpace();
        var name = Identifier();
        if (name.Length == 0) return Fail("@string needs a macro name");
        SkipSpace();
        if (!Expect('=', $"'=' after @string name '{name}'")) return false;
        if (!Value(out var value)) return false;
        SkipSpace();
        if (!Expect(close, $"'{close}' to close @string {name}")) return false;
        _macros[name] = value;
        return true;
    }

    private bool Entry(string type, int at, char close)
    {
        SkipSpace();
        var keyStart = _pos;
        while (_pos < _s.Length && _s[_pos] is not (',' or ' ' or '\t' or '\n' or '\r') && _s[_pos] != close) _pos++;
        var key = _s[keyStart.._pos];
        if (key.Length == 0) return Fail($"@{type} entry has no citation key; entry skipped", at);
        SkipSpace();
        if (_pos < _s.Length && _s[_pos] != ',' && _s[_pos] != close)
            return Fail($"expected ',' after the citation key '{key}'; entry skipped");

        var fields = new Dictionary<string, BibtexField>(StringComparer.Ordinal);
        var lastField = "";
        while (true)
        {
            SkipSpaceAndComments();
            if (_pos >= _s.Length) return Fail($"entry '{key}' is not closed (missing '{close}'); entry skipped", at);
            if (_s[_pos] == close) { _pos++; break; }
            if (!Expect(',', $"',' or '{close}' after field '{lastField}' of entry '{key}'; entry skipped")) return false;
            SkipSpaceAndComments();
            if (_pos >= _s.Length) return Fail($"entry '{key}' is not closed (missing '{close}'); entry skipped", at);
            if (_s[_pos] == close) { _pos++; break; } // trailing comma
            var nameAt = _pos;
            var name = Identifier().ToLowerInvariant();
            if (name.Length == 0) return Fail($"expected a field name in entry '{key}'; entry skipped");
            SkipSpace();
            if (!Expect('=', $"'=' after field '{name}' in entry '{key}'; entry skipped")) return false;
            if (!Value(out var value, key)) return false;
            lastField = name;
            if (!fields.TryAdd(name, new BibtexField(value, LineOf(nameAt))))
                _problems.Add((LineOf(nameAt), $"entry '{key}' repeats field '{name}'; the first is kept"));
        }
        _entries.Add(new BibtexEntry(type, key, LineOf(at), fields));
        return true;
    }

    /// <summary>piece ('#' piece)*, each a braced or quoted string, a number or a macro name.</summary>
    private bool Value(out string value, string? key = null)
    {
        var sb = new StringBuilder();
        value = "";
        while (true)
        {
            SkipSpace();
            if (_pos >= _s.Length) return Fail("value expected, found the end of the file");
            var c = _s[_pos];
            if (c == '{' || c == '"')
            {
                if (!Delimited(c, sb)) return false;
            }
            else if (char.IsAsciiDigit(c))
            {
                var start = _pos;
                while (_pos < _s.Length && char.IsAsciiDigit(_s[_pos])) _pos++;
                sb.Append(_s, start, _pos - start);
            }
            else
            {
                var at = _pos;
                var name = Identifier();
                if (name.Length == 0) return Fail($"value expected{(key is null ? "" : $" in entry '{key}'")}, found '{c}'; entry skipped");
                if (_macros.TryGetValue(name, out var macro)) sb.Append(macro);
                else _problems.Add((LineOf(at), $"undefined macro '{name}'{(key is null ? "" : $" in entry '{key}'")}; read as empty"));
            }
            SkipSpace();
            if (_pos < _s.Length && _s[_pos] == '#') { _pos++; continue; }
            value = sb.ToString();
            return true;
        }
    }

    /// <summary>A braced or quoted string; its inner braces are kept for <see cref="LatexText"/>.</summary>
    private bool Delimited(char open, StringBuilder sb)
    {
        var start = _pos;
        var depth = 0;
        var deepest = 0;
        _pos++;
        for (; _pos < _s.Length; _pos++)
        {
            var c = _s[_pos];
            if (c == '\\' && _pos + 1 < _s.Length) { _pos++; continue; }
            if (c == '{') deepest = Math.Max(deepest, ++depth);
            else if (c == '}')
            {
                if (depth == 0)
                {
                    if (open == '{') return Close();
                    return Fail("unbalanced '}' inside a quoted value; entry skipped", start);
                }
                depth--;
            }
            else if (c == '"' && open == '"' && depth == 0) return Close();
            else if (c == '@' && AtLineStart(_pos) && depth >= 0 && LooksLikeEntry(_pos))
            {
                // The next entry starts before this value closed: report here, resume there.
                _errorAt = start;
                _error = "value is not closed (unbalanced braces or quotes) before the next entry; entry skipped";
                return false;
            }
        }
        return Fail("value is not closed (unbalanced braces or quotes) by the end of the file; entry skipped", start);

        bool Close()
        {
            if (deepest > LatexText.MaxGroupDepth)
                _problems.Add((LineOf(start), $"a value nests braces {deepest} levels deep; past {LatexText.MaxGroupDepth} its LaTeX is read as plain text"));
            sb.Append(_s, start + 1, _pos - start - 1);
            _pos++;
            return true;
        }
    }

    private bool LooksLikeEntry(int at)
    {
        var i = at + 1;
        while (i < _s.Length && char.IsAsciiLetter(_s[i])) i++;
        while (i < _s.Length && _s[i] is ' ' or '\t') i++;
        return i > at + 1 && i < _s.Length && _s[i] is '{' or '(';
    }

    private string Identifier()
    {
        var start = _pos;
        while (_pos < _s.Length && (char.IsLetterOrDigit(_s[_pos]) || _s[_pos] is '_' or '-' or ':' or '.' or '+' or '/')) _pos++;
        return _s[start.._pos];
    }

    private bool Expect(char c, string what)
    {
        SkipSpace();
        if (_pos < _s.Length && _s[_pos] == c) { _pos++; return true; }
        return Fail(_pos < _s.Length ? $"expected {what}" : $"expected {what}, found the end of the file");
    }

    private bool Fail(string message, int? at = null)
    {
        _error = message;
        _errorAt = at ?? Math.Min(_pos, Math.Max(0, _s.Length - 1));
        return false;
    }

    private void SkipSpace()
    {
        while (_pos < _s.Length && char.IsWhiteSpace(_s[_pos])) _pos++;
    }

    /// <summary>Between fields a '%' starts a comment to the end of the line (biber's rule).</summary>
    private void SkipSpaceAndComments()
    {
        while (true)
        {
            SkipSpace();
            if (_pos < _s.Length && _s[_pos] == '%') SkipLine();
            else return;
        }
    }

    private void SkipLine()
    {
        var nl = _s.IndexOf('\n', _pos);
        _pos = nl < 0 ? _s.Length : nl + 1;
    }

    private int SkipTo(char c)
    {
        var i = _s.IndexOf(c, _pos);
        return i < 0 ? _s.Length - 1 : i;
    }

    private bool AtLineStart(int i)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            if (_s[j] == '\n') return true;
            if (_s[j] is not (' ' or '\t')) return false;
        }
        return true;
    }

    private int NextLineStartingWithAt(int from)
    {
        for (var i = from; i < _s.Length; i++)
            if (_s[i] == '@' && AtLineStart(i)) return i;
        return _s.Length;
    }

    private int LineOf(int offset)
    {
        var i = Array.BinarySearch(_lineStarts, offset);
        return i >= 0 ? i : ~i - 1;
    }
}
