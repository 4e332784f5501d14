using NUglify;
using NUglify.JavaScript;

namespace SiteGen.Rendering;

/// <summary>
/// Minifies JavaScript at build time (NUglify): the theme's scripts and the search engine ship smaller,
/// and their sources stay readable in the repository. Comments opening with "/*!" (licences) are kept.
/// </summary>
internal static class ScriptMinifier
{
    /// <summary>The minified script, or the first syntax error as (line, column, message) when it cannot be parsed.</summary>
    public static (string? Code, (int Line, int Column, string Message)? Error) Minify(string source)
    {
        var result = Uglify.Js(source, new CodeSettings());
        var error = result.Errors.FirstOrDefault(e => e.IsError);
        return error is null ? (result.Code, null) : (null, (error.StartLine, error.StartColumn, error.Message));
    }
}
