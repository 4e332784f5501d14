using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Parsing;
using SiteGen.Text;

namespace SiteGen.Merging;

/// <summary>
/// Parsed records → catalog: one paper per distinct title, one author per distinct
/// person, one topic per category. (First version: exact folded-title and folded-name
/// identity; the identity rules live here as they grow.)
/// </summary>
public static class MergeStage
{
    public static Catalog Run(IReadOnlyList<ParsedListing> listings, SiteConfig config, DiagnosticBag diagnostics)
    {
        var authors = new Dictionary<string, Author>(StringComparer.Ordinal);
        var authorIdByKey = new Dictionary<string, string>(StringComparer.Ordinal);
        var topics = new Dictionary<string, Topic>(StringComparer.Ordinal);
        var papers = new List<Paper>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);

        foreach (var record in listings.SelectMany(l => l.Records))
        {
            var credits = record.Authors.Select(name =>
            {
                var key = TextFolding.Key(name.Display);
                if (!authorIdByKey.TryGetValue(key, out var id))
                {
                    id = UniqueId(Slugifier.Slugify(name.Display, 40, "author"), authors.Keys);
                    authorIdByKey[key] = id;
                    authors[id] = new Author { Id = id, Name = name, Variants = [name] };
                }
                return new AuthorCredit(id, name);
            }).ToList();

            var topicIds = new List<string>();
            if (record.Category is { } code)
            {
                var id = Slugifier.Slugify(code, 40, "topic");
                topics.TryAdd(id, new Topic { Id = id, Name = code, Code = code });
                topicIds.Add(id);
            }

            var paperKey = TextFolding.Key(record.Title);
            var paper = new Paper
            {
                Key = paperKey,
                Title = record.Title,
                Authors = credits,
                AuthorCount = record.AuthorCount,
                Organisation = record.Organisation,
                AuthorsTruncated = record.AuthorsTruncated,
                Affiliations = record.Affiliations,
                Date = record.Date,
                TopicIds = topicIds,
                HasCode = record.HasCode,
                Upvotes = record.Upvotes,
                Score = record.Score,
                Abstract = record.Abstract,
                Sources = [record.Source],
            };
            if (byKey.TryGetValue(paperKey, out var existing))
                papers[existing] = papers[existing] with { Sources = [.. papers[existing].Sources, record.Source] };
            else
            {
                byKey[paperKey] = papers.Count;
                papers.Add(paper);
            }
        }
        return new Catalog(papers, authors, topics);
    }

    private static string UniqueId(string slug, ICollection<string> taken)
    {
        var id = slug;
        for (var n = 2; taken.Contains(id); n++) id = $"{slug}-{n}";
        return id;
    }
}
