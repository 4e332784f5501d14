namespace SiteGen.Model;

/// <summary>
/// A structured author name. Particles such as "van der" belong to <see cref="Family"/>
/// so that sorting and citation export (CSL "family") keep them together.
/// </summary>
public sealed record PersonName(string Given, string Family)
{
    /// <summary>
    /// "Given Family", or just the family name for mononyms. A Chinese, Japanese or Korean name is written family
    /// name first, without a space ("山田太郎", "王伟"), as its own script writes it.
    /// </summary>
    public string Display => Given.Length == 0 ? Family
        : Text.EastAsianScripts.IsWritten(Family) && Text.EastAsianScripts.IsWritten(Given) ? Family + Given
        : $"{Given} {Family}";

    /// <summary>"Family, Given" as BibTeX and most bibliographies write it.</summary>
    public string Inverted => Given.Length == 0 ? Family : $"{Family}, {Given}";

    public override string ToString() => Display;
}
