using System.CommandLine;

namespace SiteGen.Cli.Commands;

/// <summary>
/// <c>sitegen new DIR</c>: a starter project that builds at once — input/site.yml with every
/// setting explained, an example listing, and a copy of the default theme to edit.
/// </summary>
internal static class NewCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var dir = new Argument<DirectoryInfo>("dir") { Description = "Folder to create (must not exist or be empty)" };
        var command = new Command("new", "Create a starter site: settings, an example listing and the theme") { dir };
        command.SetAction(parse =>
        {
            var target = parse.GetValue(dir)!;
            if (target.Exists && target.EnumerateFileSystemInfos().Any())
            {
                error.WriteLine($"'{target.FullName}' is not empty; choose a new folder");
                return ExitCodes.OutputFailed;
            }
            var count = 0;
            var assembly = typeof(NewCommand).Assembly;
            foreach (var name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
            {
                var relative = name.Replace('\\', '/') switch
                {
                    var n when n.StartsWith("starter/", StringComparison.Ordinal) => "input/" + n["starter/".Length..],
                    var n when n.StartsWith("theme/", StringComparison.Ordinal) => n,
                    _ => null,
                };
                if (relative is null) continue;
                var path = Path.Combine(target.FullName, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                using var source = assembly.GetManifestResourceStream(name)!;
                using var file = File.Create(path);
                source.CopyTo(file);
                count++;
            }
            output.WriteLine($"created {target.FullName} ({count} files). Preview it (builds, serves on http://127.0.0.1:8080, rebuilds on every change):");
            output.WriteLine($"  cd \"{target.FullName}\" && sitegen serve");
            // The command is `sitegen` only once installed as a tool; say how, since `new` is often the first thing run.
            output.WriteLine("No sitegen command yet? From the SiteGen clone, install it as a .NET tool:");
            output.WriteLine("  dotnet pack src/SiteGen.Cli -o nupkg && dotnet tool install --global --add-source nupkg SiteGen.Cli");
            return ExitCodes.Success;
        });
        return command;
    }
}
