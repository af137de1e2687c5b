using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Relief.Core;
using Relief.Core.Features.Attachments;
using Relief.Core.Common.Settings;
using Relief.Core.Features.Administration.Backups;
using Relief.Web.Hosting.Backups;
using Relief.Web.Pages.ServiceEvents;
using Serilog;

namespace Relief.Web.Hosting;

public static class ApplicationSetup
{
    public static WebApplicationBuilder AddReliefServices(this WebApplicationBuilder builder)
    {
        builder.Host.UseSerilog((context, services, logger) => logger
            .ReadFrom.Configuration(context.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext(),
            // Keep the static start-up logger: several hosts in one process (tests) must not fight over it.
            preserveStaticLogger: true);

        var services = builder.Services;
        services.AddReliefDatabase(builder.Environment);
        services.AddReliefKeyRing(builder.Configuration, builder.Environment);
        services.AddReliefIdentity();
        services.AddReliefLocalization();
        services.AddReliefCore(builder.Configuration);
        services.AddSettings<DemoDataOptions>(DemoDataOptions.Section);
        services.AddHostedService<NoticeCloser>();
        services.AddHostedService<HouseholdImportRunner>();
        services.AddReliefBackups();
        services.AddSingleton<IBackupContributor, AttachmentsBackupContributor>();
        services.AddHostedService<AttachmentSweepRunner>();
        // The attachment store sits under the data folder unless a (shared) folder is set; relative paths are the content root's.
        services.AddOptions<AttachmentOptions>().PostConfigure<IOptions<DatabaseOptions>>((attachments, database) =>
        {
            var root = builder.Environment.ContentRootPath;
            attachments.Folder = string.IsNullOrWhiteSpace(attachments.Folder)
                ? Path.Combine(Path.GetFullPath(database.Value.DataFolder, root), "attachments")
                : Path.GetFullPath(attachments.Folder, root);
        });
        services.AddScoped<OutreachFormServices>();
        services.AddRazorPages(o => o.Conventions.ConfigureFilter(new UnknownHandlerFilter()))
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)))
            // Validation is the server's only (ADR 0006): no data-val-* attributes for a script that is not there.
            .AddViewOptions(o => o.HtmlHelperOptions.ClientValidationEnabled = false);
        // FluentValidation in the services is the only validation: MVC's implicit [Required] on non-nullable strings would repeat it, in English.
        services.Configure<MvcOptions>(o => o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true);
        services.AddSingleton<IConfigureOptions<MvcOptions>, BindingMessages>();
        services.AddAntiforgery(o => o.HeaderName = "X-CSRF-TOKEN");
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        return builder;
    }

    public static WebApplication UseReliefPipeline(this WebApplication app)
    {
        // Pages write times of day in the union's zone, the same one the services use for "today".
        Pages.Shared.Display.TimeZone = app.Services.GetRequiredService<TimeProvider>().LocalTimeZone;
        if (app.Environment.IsProduction())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        app.UseMiddleware<SecurityHeadersMiddleware>();
        // The app's configured logger (file and console); left alone, the middleware writes to the static start-up
        // logger, which has only the console: request lines never reached the log file.
        app.UseSerilogRequestLogging(o => o.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
        // Inside the request log, so it records the 404, 403 or 499 these exceptions mean, not a 500 error.
        app.UseMiddleware<ExceptionStatusMiddleware>();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorPages().WithStaticAssets();
        app.MapHealthChecks("/healthz").AllowAnonymous();
        return app;
    }
}
