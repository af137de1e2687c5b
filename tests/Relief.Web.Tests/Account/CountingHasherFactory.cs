using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Features.Administration;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Account;

/// <summary>The real app whose password hasher counts the hashes it checks.</summary>
public sealed class CountingHasherFactory : ReliefWebFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<CountingPasswordHasher>();
            services.AddSingleton<IPasswordHasher<ReliefUser>>(sp => sp.GetRequiredService<CountingPasswordHasher>());
        });
    }
}
