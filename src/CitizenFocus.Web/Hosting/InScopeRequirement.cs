using CitizenFocus.Identity;
using Microsoft.AspNetCore.Authorization;

namespace CitizenFocus.Web.Hosting;

/// <summary>Met when the record's place in the organisation lies inside the user's scope.</summary>
public sealed class InScopeRequirement : IAuthorizationRequirement;

public sealed class InScopeHandler : AuthorizationHandler<InScopeRequirement, OrgUnitRef>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, InScopeRequirement requirement, OrgUnitRef resource)
    {
        if (context.User.GetOrgScope().Covers(resource)) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
