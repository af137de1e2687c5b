using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Common;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Dashboard;
using Relief.Core.Features.Goods;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Hotline;
using Relief.Core.Features.Notices;
using Relief.Core.Features.Pairing;
using Relief.Core.Features.ServiceEvents;
using Relief.Core.Features.Households;
using Relief.Core.Reports.Printing;
using Relief.Core.Reports.YearEndSummary;
using Relief.Core.Features.Households.Import;
using Relief.Core.Features.Surveys;
using Relief.Core.Features.Visits;

namespace Relief.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>Registers the feature services, validators and their options. The DbContext is registered by the host.</summary>
    public static IServiceCollection AddReliefCore(this IServiceCollection services, IConfiguration configuration)
    {
        ProductLanguageManager.Apply();
        services.AddSingleton<TimeProvider>(new UnionClock(UnionClock.Resolve(configuration[UnionClock.Section])));
        services.AddOptions<IdNumberProtectionOptions>()
            .Bind(configuration.GetSection(IdNumberProtectionOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<IdNumberProtector>();
        services.AddScoped<FirstRunService>();
        services.AddScoped<HouseholdService>();
        services.AddScoped<HouseholdExporter>();
        services.AddScoped<HouseholdImportService>();
        services.AddSingleton<HouseholdImportQueue>();
        services.AddScoped<SurveyService>();
        services.AddScoped<OrgUnitService>();
        services.AddScoped<UserAdminService>();
        services.AddScoped<AuditLogService>();
        services.AddScoped<NarrativeService>();
        services.AddScoped<YearEndQuery>();
        services.AddScoped<YearEndSummaryService>();
        services.AddScoped<PrintoutService>();
        services.AddOptions<NoticeOptions>()
            .Bind(configuration.GetSection(NoticeOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<CampaignAccess>();
        services.AddScoped<CampaignService>();
        services.AddScoped<FundSourceService>();
        services.AddScoped<GrantService>();
        services.AddScoped<BulkApplicationService>();
        services.AddScoped<CommitteeService>();
        services.AddScoped<DisbursementService>();
        services.AddScoped<NoticeService>();
        services.AddScoped<ObjectionService>();
        services.AddScoped<CampaignFigures>();
        services.AddVisits();
        services.AddScoped<ServiceEventService>();
        services.AddScoped<PairingService>();
        services.AddHotline();
        services.AddGoods();
        services.AddValidatorsFromAssembly(typeof(CoreServiceCollectionExtensions).Assembly, ServiceLifetime.Scoped, includeInternalTypes: true);
        return services;
    }
}
