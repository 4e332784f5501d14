using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using SiteGen.Model;

namespace SiteGen.Export;

/// <summary>Writes records exactly as parsed (every field, provenance included) as a JSON array.</summary>
public static class JsonExporter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static void Write(IEnumerable<PaperRecord> records, Stream output) =>
        JsonSerializer.Serialize(output, records.ToList(), Options);
}
