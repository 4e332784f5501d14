namespace SiteGen.Search;

/// <summary>
/// The searched fields in the order their posting sets are written for each term
/// (engine.js reads them by this position and weights them title &gt; authors &gt; topics &gt; abstract).
/// </summary>
internal enum SearchField
{
    Title = 0,
    Authors = 1,
    Topics = 2,
    Abstract = 3,
}
