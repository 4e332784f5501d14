using SiteGen.Cli;

return SiteGenCommandLine.Run(args, Console.Out, Console.Error);
