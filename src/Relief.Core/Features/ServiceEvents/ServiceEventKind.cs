namespace Relief.Core.Features.ServiceEvents;

/// <summary>The forms of 送服务 a union runs besides money and visits (the seed: 送法律、送岗位、送培训、送文化).</summary>
public enum ServiceEventKind
{
    /// <summary>送岗位: a job fair, judged by employers, job types, positions offered, attendees and hiring intentions.</summary>
    JobFair,
    /// <summary>送法律: legal aid, judged by consultations and cases taken.</summary>
    LegalAid,
    /// <summary>送培训: skills training, judged by sessions and trainees.</summary>
    Training,
    /// <summary>送文化: a cultural event.</summary>
    Cultural,
    /// <summary>座谈会: e.g. with aided university students.</summary>
    Symposium,
    Other,
}
