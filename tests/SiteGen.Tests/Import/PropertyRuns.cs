using FsCheck;

namespace SiteGen.Tests.Import;

/// <summary>FsCheck settings for the import properties; SITEGEN_PROPERTY_RUNS=5000 runs them harder than CI does.</summary>
internal static class PropertyRuns
{
    public static Config Quick(int runs) =>
        Config.QuickThrowOnFailure.WithMaxTest(int.TryParse(Environment.GetEnvironmentVariable("SITEGEN_PROPERTY_RUNS"), out var n) ? n : runs);
}
