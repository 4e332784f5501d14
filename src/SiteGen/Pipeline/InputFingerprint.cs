using System.Security.Cryptography;
using System.Text;
using SiteGen.Permalinks;

namespace SiteGen.Pipeline;

/// <summary>
/// A hash of everything a build reads — input files, theme files, the options, and
/// SiteGen's own build — so an unchanged project can skip its build entirely. The
/// permalink map is hashed as the build will leave it, since a build may rewrite it.
/// </summary>
public static class InputFingerprint
{
    public static string Compute(BuildOptions options, string? permalinkMapText)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(text));
            hash.AppendData([0]);
        }

        Add(typeof(InputFingerprint).Assembly.ManifestModule.ModuleVersionId.ToString());
        Add(options.OutputDir ?? "");
        Add(options.BaseUrl ?? "");
        Add(options.Strict ? "strict" : "");
        foreach (var (label, dir) in options.ThemeDirs.Select((d, i) => ($"theme{i}", d)).Prepend(("input", options.InputDir)))
        {
            if (!Directory.Exists(dir)) continue;
            foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(dir, file).Replace('\\', '/');
                if (label == "input" && relative == PermalinkMap.FileName) continue;
                Add(label + "/" + relative);
                hash.AppendData(File.ReadAllBytes(file));
            }
        }
        Add(permalinkMapText ?? "");
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
