using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicySearch.Api.Contracts;

/// <summary>
/// Serializers for the API's responses generated at compile time (System.Text.Json source generation), with the
/// same web defaults as the reflection-based ones: no reflection or first-use warm-up per type, and fewer
/// allocations for the response a researcher's page asks for on every facet click. Types not listed here
/// (problem details, OpenAPI) fall back to the default resolver.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(SearchResponse))]
[JsonSerializable(typeof(PassageResponse))]
[JsonSerializable(typeof(ArticleResponse))]
[JsonSerializable(typeof(HitResponse))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
