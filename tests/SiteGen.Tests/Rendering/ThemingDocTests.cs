using System.Reflection;
using System.Text.RegularExpressions;
using Scriban.Runtime;
using SiteGen.Pages;
using SiteGen.Rendering;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>docs/theming.md is the theme author's contract: it must name every field a template can read, and nothing else.</summary>
public sealed partial class ThemingDocTests
{
    /// <summary>What templates receive: the frame, and each layout's view (PageLayouts names them).</summary>
    private static readonly Type[] Roots =
        [typeof(PageFrame), typeof(PaperPageView), typeof(ListPageView), typeof(HomeView), typeof(AuthorIndexView),
         typeof(TopicIndexView), typeof(YearIndexView), typeof(NotFoundView), typeof(RedirectView)];

    public static TheoryData<string> DocumentedTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in Reachable()) data.Add(type.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(DocumentedTypes))]
    public void Each_view_type_lists_exactly_the_fields_templates_can_read(string typeName)
    {
        var type = Reachable().Single(t => t.Name == typeName);
        var exposed = Exposed(type).Select(p => StandardMemberRenamer.Default(p)).Order(StringComparer.Ordinal).ToList();

        var documented = DocumentedFields(typeName);

        Assert.Equal(exposed, documented.Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void Every_layout_of_the_build_is_documented_with_its_view_name()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "theming.md"));
        foreach (var layout in new[] { PageLayouts.Paper, PageLayouts.List, PageLayouts.Home, PageLayouts.Authors, PageLayouts.Topics,
                     PageLayouts.Years, PageLayouts.Search, PageLayouts.NotFound, PageLayouts.Redirect })
        {
            Assert.Contains($"| `{layout.Name}` |", doc, StringComparison.Ordinal);
            if (layout.ModelName is { } model) Assert.Contains($"`{model}`: [", doc, StringComparison.Ordinal);
        }
    }

    private static IEnumerable<PropertyInfo> Exposed(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract");

    /// <summary>The view types a template can reach from the roots, by following properties and list elements.</summary>
    private static List<Type> Reachable()
    {
        var found = new List<Type>();
        var queue = new Queue<Type>(Roots);
        while (queue.TryDequeue(out var type))
        {
            if (found.Contains(type)) continue;
            found.Add(type);
            foreach (var property in Exposed(type))
            {
                var t = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)) t = t.GetGenericArguments()[0];
                if (t.Namespace?.StartsWith("SiteGen", StringComparison.Ordinal) == true && t != typeof(PageContent)) queue.Enqueue(t);
            }
        }
        return found;
    }

    /// <summary>The backticked first-column names of the table under "### TypeName".</summary>
    private static List<string> DocumentedFields(string typeName)
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "theming.md"));
        var start = doc.IndexOf($"\n### {typeName}\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/theming.md has no section '### {typeName}'");
        var end = doc.IndexOf("\n##", start + 5, StringComparison.Ordinal);
        var section = end < 0 ? doc[start..] : doc[start..end];
        return [.. FieldRow().Matches(section).Select(m => m.Groups[1].Value)];
    }

    [GeneratedRegex(@"^\| `([a-z_]+)` \|", RegexOptions.Multiline)]
    private static partial Regex FieldRow();
}
