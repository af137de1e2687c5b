using Microsoft.AspNetCore.Identity;
using Relief.Core.Data;
using Relief.Core.Features.Administration;

namespace Relief.Web.Hosting;

public static class IdentitySetup
{
    public const int MaxFailedSignIns = 5;

    public static IServiceCollection AddReliefIdentity(this IServiceCollection services)
    {
        services.AddIdentity<ReliefUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = true;
                options.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<ReliefDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<ReliefClaimsPrincipalFactory>();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/SignIn";
            options.LogoutPath = "/Account/SignOut";
            options.Cookie.Name = "Relief.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            var refreshClaims = options.Events.OnValidatePrincipal;
            options.Events.OnValidatePrincipal = context => SessionCheck.ValidateAsync(context, refreshClaims);
            // A signed-in user without the right role gets a plain 403 (shown by the error page), not a redirect.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        // SessionCheck ends a stale session on its next request; this only refreshes the claims (name, unit) of a current one.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddScoped<UniformSignIn>();
        services.AddAuthorization(Policies.Add);
        services.AddHttpContextAccessor();
        services.AddScoped<ScopeActor>();
        services.AddScoped<HttpCurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<ScopeActor>().Actor ?? sp.GetRequiredService<HttpCurrentUser>());
        return services;
    }
}
