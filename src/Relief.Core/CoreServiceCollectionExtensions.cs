using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Relief.Core.Common;
using Relief.Core.Common.Settings;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Attachments;
using Relief.Core.Features.BankPayments;
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
using Relief.Core.Reports.YearEndSummary.Photos;
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
        // The settings bind from the host's configuration; tests and tools that build services by hand pass theirs.
        services.TryAddSingleton(configuration);
        // Registered after or before AddLocalization's StringLocalizer<T> (which it adds only when missing): this one wins.
        services.AddSingleton(typeof(IStringLocalizer<>), typeof(CachedStringLocalizer<>));
        services.AddSettings<ClockOptions>(ClockOptions.Section);
        services.AddSingleton<TimeProvider>(sp =>
        {
            var clock = sp.GetRequiredService<IOptions<ClockOptions>>();
            return new UnionClock(() => UnionClock.Resolve(clock.Value.TimeZone));
        });
        services.AddSettings<IdNumberProtectionOptions>(IdNumberProtectionOptions.Section);
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
        services.AddScoped<ReportHeaderService>();
        services.AddScoped<YearEndQuery>();
        services.AddScoped<YearEndSummaryService>();
        services.AddScoped<SummaryPhotoService>();
        services.AddScoped<PrintoutService>();
        services.AddSettings<NoticeOptions>(NoticeOptions.Section);
        services.AddScoped<CampaignAccess>();
        services.AddScoped<CampaignChoices>();
        services.AddScoped<CampaignService>();
        services.AddScoped<FundSourceService>();
        services.AddScoped<GrantService>();
        services.AddScoped<BulkApplicationService>();
        services.AddScoped<CommitteeService>();
        services.AddScoped<DisbursementService>();
        services.AddSettings<BankPaymentOptions>(BankPaymentOptions.Section);
        services.AddScoped<BankAccountProtector>();
        services.AddScoped<BankAccountService>();
        services.AddScoped<BankFileLayoutService>();
        services.AddScoped<PaymentBatchService>();
        services.AddScoped<BankResultImport>();
        services.AddScoped<NoticeService>();
        services.AddScoped<ObjectionService>();
        services.AddScoped<ObjectionQuery>();
        services.AddScoped<CampaignFigures>();
        services.AddVisits();
        services.AddScoped<ServiceEventService>();
        services.AddScoped<PairingService>();
        services.AddHotline();
        services.AddGoods();
        services.AddAttachments();
        services.AddValidatorsFromAssembly(typeof(CoreServiceCollectionExtensions).Assembly, ServiceLifetime.Scoped, includeInternalTypes: true);
        return services;
    }
}
