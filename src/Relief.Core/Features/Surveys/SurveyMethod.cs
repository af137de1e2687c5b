namespace Relief.Core.Features.Surveys;

public enum SurveyMethod
{
    /// <summary>入户</summary>
    Home = 0,
    /// <summary>电话</summary>
    Phone = 1,
    /// <summary>单位核实</summary>
    Employer = 2,
}
