using Microsoft.Extensions.Localization;

namespace Relief.Core.Common;

/// <summary>The one place enum values get their names: the key "EnumType.Value" in CoreMessages, for services, pages and documents.</summary>
public static class EnumLabels
{
    /// <summary>The display name of an enum value, from the key "EnumType.Value" in CoreMessages.</summary>
    public static string Label<TEnum>(this IStringLocalizer<CoreMessages> messages, TEnum value) where TEnum : struct, Enum =>
        messages[$"{typeof(TEnum).Name}.{value}"];

    /// <summary>Several values joined the way Chinese lists are written (、).</summary>
    public static string Labels<TEnum>(this IStringLocalizer<CoreMessages> messages, IEnumerable<TEnum> values) where TEnum : struct, Enum =>
        string.Join(messages["List.Separator"], values.Order().Select(v => messages.Label(v)));
}
