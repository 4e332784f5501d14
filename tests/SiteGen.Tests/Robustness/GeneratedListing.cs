using System.Globalization;
using System.Text;

namespace SiteGen.Tests.Robustness;

/// <summary>Large publication lists for the size and failure-safety tests: distinct titles, shared co-authors, varied abstracts.</summary>
internal static class GeneratedListing
{
    private static readonly string[] Words =
    [
        "model", "learning", "data", "network", "training", "inference", "graph", "language", "vision", "signal",
        "sparse", "robust", "causal", "kernel", "policy", "reward", "latent", "diffusion", "attention", "memory",
        "retrieval", "protein", "molecule", "image", "speech", "planning", "uncertainty", "calibration", "privacy", "federated",
    ];

    /// <summary>Writes <paramref name="entries"/> papers, each with an abstract of about <paramref name="abstractLength"/> characters.</summary>
    public static void Write(string path, int entries, int abstractLength)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16);
        writer.Write("Doe, Jane\n");
        var text = new StringBuilder();
        for (var i = 0; i < entries; i++)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"Paper {i} on {Words[i % Words.Length]} {Words[i / Words.Length % Words.Length]}\nDoe, Jane, Co{(char)('a' + i % 26)}{(char)('a' + i / 26 % 26)}, Some\n"));
            text.Clear().Append(CultureInfo.InvariantCulture, $"Abstract of paper {i}:");
            for (var w = 0; text.Length < abstractLength; w++) text.Append(' ').Append(Words[(i * 7 + w * 13) % Words.Length]);
            writer.Write(text.Append(".\n"));
        }
    }
}
