using System.Globalization;
using System.Text;

namespace SiteGen.Text;

/// <summary>
/// Case and diacritics folding shared by name matching, duplicate detection, slugs and
/// search, so that "Aurélien" and "Aurelien" compare equal everywhere the same way.
/// </summary>
public static class TextFolding
{
    /// <summary>Lower-cases and strips combining marks ("Aurélien" → "aurelien", "Schöne" → "schone").</summary>
    public static string Fold(string text)
    {
        // Most text is ASCII: lower-case it without Unicode normalisation (the hot path
        // when folding 100k abstracts for keys and search).
        if (System.Text.Ascii.IsValid(text)) return text.ToLowerInvariant();

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (c < 128)
            {
                sb.Append(char.ToLowerInvariant(c));
                continue;
            }
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
                continue;
            AppendFolded(c, sb);
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    // Letters that do not decompose into base + mark in Unicode.
    private static void AppendFolded(char c, StringBuilder sb)
    {
        switch (c)
        {
            case 'ß': sb.Append("ss"); break;
            case 'æ' or 'Æ': sb.Append("ae"); break;
            case 'œ' or 'Œ': sb.Append("oe"); break;
            case 'ø' or 'Ø': sb.Append('o'); break;
            case 'ł' or 'Ł': sb.Append('l'); break;
            case 'đ' or 'Đ' or 'ð' or 'Ð': sb.Append('d'); break;
            case 'þ' or 'Þ': sb.Append("th"); break;
            case 'ı': sb.Append('i'); break;
            default: sb.Append(char.ToLowerInvariant(c)); break;
        }
    }

    /// <summary>Folded text reduced to letters and digits separated by single spaces: a key for "same title" checks.</summary>
    public static string Key(string text)
    {
        var folded = Fold(text);
        var sb = new StringBuilder(folded.Length);
        var space = false;
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                sb.Append(c);
                space = false;
            }
            else
            {
                space = true;
            }
        }
        return sb.ToString();
    }
}
