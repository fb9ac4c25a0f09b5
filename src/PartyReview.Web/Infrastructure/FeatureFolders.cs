using Microsoft.AspNetCore.Mvc.Razor;

namespace PartyReview.Web.Infrastructure;

/// <summary>Views live beside their controller: /Features/{Feature}/{View}.cshtml (administration under /Features/Admin/{Feature}), shared ones in /Features/Shared.</summary>
internal static class FeatureFolders
{
    public static void Configure(RazorViewEngineOptions options)
    {
        options.ViewLocationFormats.Clear();
        options.ViewLocationFormats.Add("/Features/{1}/{0}.cshtml");
        options.ViewLocationFormats.Add("/Features/Admin/{1}/{0}.cshtml");
        options.ViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
    }
}
