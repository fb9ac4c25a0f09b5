using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace PartyReview.Web.Infrastructure.Scoping;

/// <summary>The resource requirement "this user may see organization N" (the resource is the organization id).</summary>
public sealed class OrganizationAccessRequirement : IAuthorizationRequirement;

/// <summary>Grants <see cref="OrganizationAccessRequirement"/> when the organization is inside the user's <see cref="Scope"/>.</summary>
public sealed class OrganizationAccessHandler(IHttpContextAccessor http) : AuthorizationHandler<OrganizationAccessRequirement, int>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OrganizationAccessRequirement requirement, int resource)
    {
        ArgumentNullException.ThrowIfNull(context);

        // The request's scope (a đảng bộ cơ sở's Secretary sees its chi bộ trực thuộc too); the claims alone outside a request.
        var scope = http.HttpContext is { } request && ReferenceEquals(request.User, context.User)
            ? await Scope.OfRequestAsync(request)
            : Scope.Of(context.User);
        if (scope.Includes(resource))
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>
/// Checks, before the action runs, that the organization named by the route or form value <see cref="Parameter"/> is
/// inside the user's scope, through the <see cref="Policies.OrganizationAccess"/> policy; outside it the answer is 404,
/// as for an organization that does not exist (nothing tells a Secretary what other organizations hold).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OrganizationAccessAttribute(string parameter = "organizationId") : Attribute, IAsyncActionFilter
{
    public string Parameter { get; } = parameter;

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.ActionArguments.TryGetValue(Parameter, out var value) && value is int organizationId)
        {
            var authorization = context.HttpContext.RequestServices.GetRequiredService<IAuthorizationService>();
            var allowed = await authorization.AuthorizeAsync(context.HttpContext.User, organizationId, Policies.OrganizationAccess);
            if (!allowed.Succeeded)
            {
                context.Result = new NotFoundResult();
                return;
            }
        }

        await next();
    }
}
