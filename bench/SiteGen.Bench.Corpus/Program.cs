using System.Globalization;
using SiteGen.Bench.Corpus;
using SiteGen.Model;

// sitegen-bench-corpus --papers N --out DIR [--seed S] [--profile shipped|bibliographies|firehose] [--shipped INPUT_DIR] [--math FRACTION]
// Writes DIR/input/ (listings and bibliographies as the profile mixes them + site.yml). Same arguments, same bytes.
var options = ParseArgs(args);
if (options is null)
{
    Console.Error.WriteLine($"usage: SiteGen.Bench.Corpus --papers N --out DIR [--seed S] [--profile {string.Join('|', CorpusProfile.All.Select(p => p.Name))}] [--shipped INPUT_DIR] [--math FRACTION]");
    return 2;
}

var profile = ShippedProfile.Measure(options.Shipped);
var random = new Random(options.Seed);
var shape = options.Profile;
// The shipped profile: three names per paper in the pool; Zipf reuse means about half appear, a few on hundreds of papers.
var names = new NamePool(profile, Math.Max(shape == CorpusProfile.Shipped ? 600 : 200, (int)(shape.NamesPerPaper * options.Papers)), random);
// One publication list per 1,000 papers (at least 3): group members with long lists.
var generator = new PaperGenerator(profile, shape, names, new TextSynthesizer(profile), listOwners: Math.Max(3, options.Papers / 1000));
var papers = new List<PaperRecord>(options.Papers);
for (var i = 0; i < options.Papers; i++) papers.Add(generator.Next(random));
// --math: that share of abstracts ends with a sentence of TeX formulas (a random of its own, so the rest
// of the corpus is the same bytes with or without it).
var mathRandom = new Random(options.Seed + 1);
for (var i = 0; i < papers.Count; i++)
    if (mathRandom.NextDouble() < options.Math && papers[i].Abstract.Length > 0)
        papers[i] = papers[i] with { Abstract = papers[i].Abstract + " " + MathSentences.Next(mathRandom) };

var inputDir = Path.Combine(options.Out, "input");
if (Directory.Exists(inputDir)) Directory.Delete(inputDir, recursive: true);
var summary = new CorpusWriter(profile, shape).Write(papers, inputDir, random);

var bytes = new DirectoryInfo(inputDir).EnumerateFiles().Sum(f => f.Length);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"corpus ({shape.Name}: {shape.Description}): {summary.Papers} papers, {summary.Entries} listing entries ({summary.Duplicates} duplicates), {summary.Files} files, {bytes / 1024.0 / 1024.0:F1} MiB in {inputDir}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"profile (shipped): title words mean {profile.TitleWordCounts.Average():F1}, abstract words mean {profile.AbstractWordCounts.Average():F0}, authors/paper mean {profile.AuthorCounts.Average():F1}, {profile.Categories.Distinct().Count()} categories, {profile.Names.Count} names"));
var (exact, parsed, warnings) = ParseBackCheck.Run(inputDir, papers);
Console.WriteLine($"parse-back: {exact} of {summary.Entries} entries read back with their generated title, names and date ({parsed} parsed, {warnings} diagnostics)");
return parsed == summary.Entries ? 0 : 1;

static Options? ParseArgs(string[] args)
{
    int? papers = null;
    string? output = null;
    var seed = 20251209;
    string? shipped = null;
    var profile = CorpusProfile.Shipped;
    var math = 0.0;
    for (var i = 0; i + 1 < args.Length; i += 2)
    {
        switch (args[i])
        {
            case "--papers": papers = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
            case "--out": output = args[i + 1]; break;
            case "--seed": seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
            case "--shipped": shipped = args[i + 1]; break;
            case "--profile": if (CorpusProfile.Named(args[i + 1]) is { } named) profile = named; else return null; break;
            case "--math": math = double.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
            default: return null;
        }
    }
    if (papers is not > 0 || output is null || args.Length % 2 != 0) return null;
    return new Options(papers.Value, output, seed, shipped ?? FindShippedInput(), profile, math);
}

static string FindShippedInput()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln"))) return Path.Combine(dir.FullName, "input");
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln"))) return Path.Combine(dir.FullName, "input");
    throw new InvalidOperationException("cannot find the repository's input/ folder; pass --shipped");
}

internal sealed record Options(int Papers, string Out, int Seed, string Shipped, CorpusProfile Profile, double Math);
