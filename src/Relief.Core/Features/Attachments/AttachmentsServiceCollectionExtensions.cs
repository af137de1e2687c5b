using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Relief.Core.Common.Settings;

namespace Relief.Core.Features.Attachments;

public static class AttachmentsServiceCollectionExtensions
{
    /// <summary>Attachment services, the intake and the store. A host may register its own store first; this one is then left out.</summary>
    public static IServiceCollection AddAttachments(this IServiceCollection services)
    {
        services.AddSettings<AttachmentOptions>(AttachmentOptions.Section);
        services.TryAddSingleton<IAttachmentStore, FileSystemAttachmentStore>();
        services.AddSingleton<AttachmentIntake>();
        services.AddScoped<AttachmentService>();
        services.AddScoped<AttachmentKindService>();
        services.AddScoped<RequiredPaperService>();
        services.AddScoped<AttachmentSweeper>();
        return services;
    }
}
