using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Relief.Web.Hosting;
using Relief.Web.Tests.Infrastructure;
using Serilog.Core;
using Serilog.Events;

namespace Relief.Web.Tests.Hosting;

/// <summary>
/// Exceptions that are answers (not yours to see, not allowed, the client left) become their status codes before the
/// request log sees them, so the log's errors are the app's faults only.
/// </summary>
public sealed class ExceptionStatusTests(ExceptionStatusTests.LoggedFactory factory) : IClassFixture<ExceptionStatusTests.LoggedFactory>
{
    [Fact]
    public async Task A_file_that_does_not_exist_is_a_404_in_the_request_log_and_no_error()
    {
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);

        var response = await officer.GetAsync("/Households/Details/987654");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var requests = factory.Events.Where(e => e.Properties.ContainsKey("RequestPath") && e.Properties.ContainsKey("StatusCode")).ToList();
        Assert.Contains(requests, e => e.Properties["StatusCode"].ToString() == "404" && e.Properties["RequestPath"].ToString().Contains("987654", StringComparison.Ordinal));
        Assert.DoesNotContain(factory.Events, e => e.Level >= LogEventLevel.Error);
    }

    [Fact]
    public async Task A_request_the_client_abandoned_is_a_499_not_an_exception()
    {
        using var left = new CancellationTokenSource();
        var context = new DefaultHttpContext { RequestAborted = left.Token };
        var middleware = new ExceptionStatusMiddleware(async _ =>
        {
            await left.CancelAsync();
            throw new TaskCanceledException("The query was cancelled with the request.");
        }, NullLogger<ExceptionStatusMiddleware>.Instance);

        await middleware.InvokeAsync(context);

        Assert.Equal(ExceptionStatusMiddleware.ClientClosedRequest, context.Response.StatusCode);
    }

    [Fact]
    public async Task A_cancellation_the_client_did_not_ask_for_is_still_a_fault()
    {
        var context = new DefaultHttpContext();
        var middleware = new ExceptionStatusMiddleware(_ => throw new TaskCanceledException("A time-out inside the app."), NullLogger<ExceptionStatusMiddleware>.Instance);

        await Assert.ThrowsAsync<TaskCanceledException>(() => middleware.InvokeAsync(context));
    }

    /// <summary>
    /// The app with request logging at its production level (the tests' default is warnings only) and a sink that
    /// keeps every event: the app's logger reads its sinks from the services as well as from configuration.
    /// </summary>
    public sealed class LoggedFactory : ReliefWebFactory
    {
        public ConcurrentQueue<LogEvent> Events { get; } = new();

        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Serilog:MinimumLevel:Default"] = "Information",
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(new QueueSink(Events)));
        }

        private sealed class QueueSink(ConcurrentQueue<LogEvent> events) : ILogEventSink
        {
            public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);
        }
    }
}
