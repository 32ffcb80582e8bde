using System.Linq;

namespace Ims.Rules.Tests.Laws;

/// <summary>A case in a few lines, for the message of a falsified law.</summary>
internal static class CaseText
{
    public static string Of(ImsCase imsCase) => string.Join('\n',
        [
            $"profile: {string.Join(", ", imsCase.Recipient.Profile.Select(p => $"{p.From} {p.Frequency} {p.StateGroup}"))}; policies: {imsCase.Policies}",
            $"gstr3b: {string.Join(", ", imsCase.Filings.Gstr3b.OrderBy(f => f.Key).Select(f => $"{f.Key}@{IndianTime.InIst(f.Value):uuuu-MM-dd HH:mm}"))}",
            .. imsCase.Records.Select(r =>
                $"{r.Id}: {r.Kind} {r.Form}{(r.Amends is null ? string.Empty : " amends " + r.Amends)} {r.Tax} date {r.Date} ref {r.ReferenceDate} " +
                $"saved {Ist(r.SavedAt)} filed {Ist(r.FiledAt)} revised [{string.Join(",", r.RevisedAt.Select(i => Ist(i)))}] rc={r.ReverseCharge} eco={r.Eco} pos={r.PlaceOfSupply} supplier={r.SupplierGstin} {r.SupplierFrequency} sp={r.SupplierPeriod} elig={r.ItcEligible}"),
            .. imsCase.Actions.Select(a => $"  {a.RecordId} {a.Action} at {Ist(a.At)} {a.ItcReduction}"),
        ]);

    private static string Ist(NodaTime.Instant? instant) => instant is { } i ? IndianTime.InIst(i).ToString("uuuu-MM-dd HH:mm", null) : "-";
}
