using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace PartyReview.Web.Infrastructure.Scoping;

/// <summary>Lets an action take a <see cref="Scope"/> parameter: the signed-in user's scope, never bound from the request.</summary>
public sealed class ScopeModelBinder : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var scope = await Scope.OfRequestAsync(bindingContext.HttpContext);
        bindingContext.Result = ModelBindingResult.Success(scope);
        bindingContext.ValidationState[scope] = new ValidationStateEntry { SuppressValidation = true };
    }
}

public sealed class ScopeModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Metadata.ModelType == typeof(Scope) ? new ScopeModelBinder() : null;
    }
}
