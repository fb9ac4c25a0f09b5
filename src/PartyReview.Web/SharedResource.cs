namespace PartyReview.Web;

/// <summary>The marker of the shared user-facing texts: Resources/SharedResource.resx (Vietnamese) and .en.resx (English).</summary>
public sealed class SharedResource
{
    private SharedResource()
    {
    }
}
