namespace SiteGen.Rendering;

/// <summary>A content layout (<c>layouts/NAME.sbn-html</c>) and the variable its model has in the template.</summary>
public sealed record ThemeLayout(string Name, string? ModelName);
