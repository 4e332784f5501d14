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
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
                continue;
            sb.Append(Fold(c));
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    // Letters that do not decompose into base + mark in Unicode.
    private static string Fold(char c) => c switch
    {
        'ß' => "ss",
        'æ' or 'Æ' => "ae",
        'œ' or 'Œ' => "oe",
        'ø' or 'Ø' => "o",
        'ł' or 'Ł' => "l",
        'đ' or 'Đ' or 'ð' or 'Ð' => "d",
        'þ' or 'Þ' => "th",
        'ı' => "i",
        _ => char.ToLowerInvariant(c).ToString(),
    };

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
