using System.Text;
using Microsoft.Extensions.Localization;

namespace Relief.Core.Features.Surveys;

/// <summary>The "field: old → new" lines a survey writes into the file's history; unchanged fields are left out.</summary>
public sealed class SurveyChangeList(IStringLocalizer<CoreMessages> messages)
{
    private readonly StringBuilder _lines = new();

    public bool IsEmpty => _lines.Length == 0;

    public void Add(string fieldKey, string oldValue, string newValue)
    {
        if (string.Equals(oldValue, newValue, StringComparison.Ordinal)) return;
        if (_lines.Length > 0) _lines.Append('\n');
        _lines.Append(messages["History.ChangeLine", messages[fieldKey], Blank(oldValue), Blank(newValue)]);
    }

    public override string ToString() => _lines.ToString();

    private string Blank(string value) => value.Length == 0 ? messages["History.Empty"] : value;
}
