using Microsoft.AspNetCore.StaticFiles;

namespace PolicySearch.Api.Hosting;

/// <summary>
/// The web page's files with their charset: <c>text/html</c> alone leaves the browser to guess the encoding of
/// <c>/</c>, and a guess is a way in for content sniffing.
/// </summary>
internal static class StaticContentTypes
{
    public static FileExtensionContentTypeProvider Create()
    {
        var provider = new FileExtensionContentTypeProvider();
        foreach (var extension in new[] { ".html", ".js", ".css", ".svg", ".json", ".txt" })
        {
            if (provider.Mappings.TryGetValue(extension, out var type))
            {
                provider.Mappings[extension] = type + "; charset=utf-8";
            }
        }

        return provider;
    }
}
