using System.Globalization;
using Ims.Rules.Reconciliation.Matching;
using NodaTime;
using NodaTime.Text;

namespace Ims.Rules.Reconciliation.Internal;

/// <summary>How values are written in reasons, differences and reports.</summary>
internal static class Text
{
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;
    private static readonly OffsetDateTimePattern IsoInstant = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<m>");

    public static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A cell quoted for a message, cut to 64 characters (with its length) so that a huge cell never echoes back.</summary>
    public static string Quote(string text) =>
        "'" + (text.Length <= 64 ? text : string.Create(CultureInfo.InvariantCulture, $"{text[..64]}… ({text.Length} characters)")) + "'";

    public static string SignedMoney(decimal amount) => amount.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);

    public static string Date(LocalDate date) => IsoDate.Format(date);

    public static string Instant(NodaTime.Instant instant) => IsoInstant.Format(Ims.Rules.IndianTime.InIst(instant));

    public static string State(StateCode state) => state.Value.ToString("00", CultureInfo.InvariantCulture);

    public static string YesNo(bool value) => value ? "Y" : "N";

    public static string Kind(RecordKind kind) => kind switch
    {
        RecordKind.Invoice => "invoice",
        RecordKind.DebitNote => "debit note",
        RecordKind.CreditNote => "credit note",
        RecordKind.BillOfEntry => "bill of entry",
        RecordKind.IsdInvoice => "ISD invoice",
        RecordKind.IsdCreditNote => "ISD credit note",
    };

    public static string FinancialYear(int startYear) => string.Create(CultureInfo.InvariantCulture, $"{startYear:0000}-{(startYear + 1) % 100:00}");

    /// <summary>A difference in words: <c>igst 180.00 → 680.00 (+500.00)</c>.</summary>
    public static string Difference(FieldDifference difference)
    {
        var change = difference.Amount is { } amount ? $" ({SignedMoney(amount)})"
            : difference.Days is { } days ? string.Create(CultureInfo.InvariantCulture, $" ({days:+0;-0} days)")
            : string.Empty;
        return $"{MatchNames.Of(difference.Field)} {difference.Books} → {difference.Ims}{change}";
    }
}
