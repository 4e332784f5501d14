using Microsoft.Playwright;
using SiteGen.E2E.Support;
using SiteGen.Search;

namespace SiteGen.E2E;

// CA1001: xunit ends the fixture through IAsyncLifetime.DisposeAsync, which disposes the fields.
#pragma warning disable CA1001
/// <summary>Papers made for the word-form rules: exact forms first, names and identifiers kept as they are.</summary>
public sealed class WordFormSiteFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private StaticServer? _server;
    private FixtureSite? _site;

    internal IBrowser Browser { get; private set; } = null!;

    internal static SearchDocument Doc(string slug, string title, string date, string author = "Ada Lovelace", string @abstract = "An abstract.") =>
        new($"papers/{slug}/index.html", title, [author], [], [], int.Parse(date[..4], System.Globalization.CultureInfo.InvariantCulture), date, @abstract);

    // Newest first is the tie order: the exact form must win against newer papers with other forms.
    internal static readonly SearchDocument[] Documents =
    [
        Doc("a-transformer", "A Transformer for Graphs", "2020-01-01"),
        Doc("transformers", "Transformers for Graphs", "2024-01-01"),
        Doc("transformations", "Graph Transformations", "2025-01-01"),
        Doc("welling", "Variational Inference at Scale", "2021-01-01", author: "Max Welling"),
        Doc("well", "Networks that Generalize Well", "2025-02-01", @abstract: "The model performs well on every benchmark."),
        Doc("holmes", "Bayesian Bootstraps", "2022-01-01", author: "Chris Holmes"),
        Doc("holm", "Holm's Procedure Revisited", "2025-03-01"),
        Doc("gpt-4", "GPT-4 Technical Report", "2023-01-01"),
        Doc("gpt-3", "GPT-3 in Context", "2022-06-01"),
        Doc("s4", "S4 Models", "2022-02-01"),
        Doc("s5", "S5 Models", "2023-02-01"),
        Doc("lora", "LoRA Adapters", "2021-06-01"),
        Doc("loras", "Mixing LoRAs at Scale", "2024-06-01"),
        Doc("lore", "The Lore of Old Models", "2024-07-01"),
    ];

    internal string Url(Mode mode, string query) =>
        (mode == Mode.File ? _site!.FileUrl("search.html") : _server!.BaseUrl + "search.html") + "?q=" + Uri.EscapeDataString(query);

    public async Task InitializeAsync()
    {
        _site = new FixtureSite(Documents);
        _server = new StaticServer(_site.Root);
        (_playwright, Browser) = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        _server?.Dispose();
        _site?.Dispose();
    }
}
#pragma warning restore CA1001

public sealed class WordFormTests(WordFormSiteFixture site) : IClassFixture<WordFormSiteFixture>
{
    public static TheoryData<Mode, string, string[]> Rankings => new()
    {
        // Exact form, then the plural (closer), then the derived noun; newest first would give the reverse.
        { Mode.File, "transformer", ["a-transformer", "transformers", "transformations"] },
        { Mode.Http, "transformers", ["transformers", "a-transformer", "transformations"] },
        // A name is not stemmed into other words: Welling is no "well", Holmes no "Holm".
        { Mode.File, "welling", ["welling"] },
        { Mode.Http, "holmes", ["holmes"] },
        // Nor is a word into a name: "well" finds the paper saying well, not Max Welling's.
        { Mode.File, "well", ["well"] },
        // Identifiers stay themselves; a plural is still the same identifier.
        { Mode.Http, "gpt-4", ["gpt-4"] },
        { Mode.File, "s4", ["s4"] },
        { Mode.Http, "lora", ["lora", "loras"] },
    };

    [Theory, MemberData(nameof(Rankings))]
    public async Task Results_come_in_this_order_and_no_others(Mode mode, string query, string[] slugs)
    {
        await using var session = await PageSession.OpenAsync(site.Browser);
        // The trailing space ends the word: no completions of it.
        var hrefs = await session.SearchPageAsync(site.Url(mode, query + " "));
        Assert.Equal(slugs.Select(s => $"papers/{s}/index.html"), hrefs);
        Assert.Empty(session.Errors);
    }
}
