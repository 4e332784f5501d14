namespace SiteGen.Rendering;

/// <summary>
/// A view whose HTML through a given partial depends on nothing but itself, identified by
/// <see cref="CacheKey"/>: two views with the same key render the same. A partial that reads
/// only such a view (ThemeLoader checks it) is rendered once per key and build, and its bytes
/// reused on every page that includes it again.
/// </summary>
public interface ICachedView
{
    string CacheKey { get; }
}
