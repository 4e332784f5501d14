using System.CommandLine;
using SiteGen.Cli.Serve;
using SiteGen.Pipeline;

namespace SiteGen.Cli.Commands;

/// <summary><c>sitegen serve [--port N]</c>: live preview on 127.0.0.1, rebuilt as input/ and theme/ change.</summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = CommonOptions.Input();
        var theme = CommonOptions.Theme();
        var outputDir = CommonOptions.Output();
        var port = new Option<int>("--port", "-p") { Description = "Port on 127.0.0.1 (0 picks a free one)", DefaultValueFactory = _ => 8080 };

        var command = new Command("serve", "Build, serve on 127.0.0.1 and rebuild on every change to input/ or theme/") { input, theme, outputDir, port };
        command.SetAction(async (parse, cancel) =>
        {
            var inputDir = parse.GetValue(input)!;
            if (!InputFolderCheck.Exists(inputDir, error)) return ExitCodes.UsageError;
            var options = new BuildOptions
            {
                InputDir = inputDir,
                ThemeDir = ThemeLocator.Resolve(parse.GetValue(theme), inputDir),
                BaseThemeDir = ThemeLocator.Installed,
                OutputDir = parse.GetValue(outputDir),
            };
            await using var server = new PreviewServer(options, parse.GetValue(port), output, error);
            try
            {
                await server.StartAsync(cancel).ConfigureAwait(false);
                await Task.Delay(Timeout.Infinite, cancel).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                output.WriteLine("stopped");
            }
            catch (IOException ex) when (ex.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
            {
                // A taken port: the fix is on the command line.
                error.WriteLine($"cannot serve: {ex.Message}; choose another port with --port N (0 picks a free one)");
                return ExitCodes.UsageError;
            }
            catch (IOException ex)
            {
                // Anything else (a file watcher the system refuses, say) is no usage error.
                error.WriteLine($"cannot serve: {ex.Message}");
                return ExitCodes.OutputFailed;
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
