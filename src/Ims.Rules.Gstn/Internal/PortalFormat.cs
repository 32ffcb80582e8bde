using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Ims.Rules.Gstn.Internal;

/// <summary>The portal's text forms: dates <c>DD-MM-YYYY</c>, periods <c>MMYYYY</c>, amounts with two decimals.</summary>
internal static class PortalFormat
{
    /// <summary>The earliest date read: the financial years of the engine start in April 2000.</summary>
    public static readonly LocalDate EarliestDate = new(2000, 4, 1);

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("dd'-'MM'-'uuuu");

    public static bool TryParseDate(string? text, out LocalDate date)
    {
        date = default;
        if (text is null)
        {
            return false;
        }

        var result = DatePattern.Parse(text);
        if (!result.Success || result.Value < EarliestDate || result.Value.Year > 9998)
        {
            return false;
        }

        date = result.Value;
        return true;
    }

    public static string Date(LocalDate date) => DatePattern.Format(date);

    public static string Period(ReturnPeriod period) => period.ToPortalString();

    public static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Instant(Instant instant) =>
        IndianTime.InIst(instant).ToString("uuuu-MM-dd'T'HH:mmo<m>", CultureInfo.InvariantCulture);
}
