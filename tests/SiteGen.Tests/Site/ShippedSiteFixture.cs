using SiteGen.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>The shipped input built once, with a base URL, for the read-only site tests.</summary>
public sealed class ShippedSiteFixture : IDisposable
{
    public const string BaseUrl = "https://example.org/pubs";

    public ShippedSiteFixture()
    {
        Site = new TestSite();
        Result = Site.Build(BaseUrl);
    }

    internal TestSite Site { get; }

    public BuildResult Result { get; }

    public void Dispose() => Site.Dispose();
}
