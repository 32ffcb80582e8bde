using System.Collections.Immutable;
using System.Text.Json;

namespace Ims.Rules.Gstn.Internal;

/// <summary>Reads the portal's <c>itcsumm</c> (R58) as written: buckets, groups and per-section totals.</summary>
internal static class PortalSummaryReader
{
    /// <summary>The groups whose sum is a bucket's total when the bucket gives none; <c>othersup</c> repeats credit notes and ISD documents.</summary>
    public static readonly string[] SummedGroups = ["nonrevsup", "isdsup", "revsup", "imports"];

    private static readonly string[] Heads = ["igst", "cgst", "sgst", "cess"];

    public static PortalItcSummary Read(JsonElement data, PortalReader reader, string path)
    {
        if (!PortalReader.TryGet(data, "itcsumm", out var summary) || !reader.ExpectObject(summary, path))
        {
            return PortalItcSummary.None;
        }

        var result = PortalItcSummary.None;
        foreach (var property in summary.EnumerateObject())
        {
            var at = path + "." + property.Name;
            switch (property.Name)
            {
                case "itcavl":
                    result = result with { ItcAvailable = Bucket(property.Value, reader, at) };
                    break;
                case "itcunavl":
                    result = result with { ItcNotAvailable = Bucket(property.Value, reader, at) };
                    break;
                case "itcrev":
                    result = result with { ItcReversal = Bucket(property.Value, reader, at) };
                    break;
                case "itcRejected":
                    result = result with { ItcRejected = Bucket(property.Value, reader, at) };
                    break;
                default:
                    reader.Log.Once("section:" + at, GstnFindingCodes.SectionIgnored, Severity.Info, null,
                        $"{at} is not a summary bucket the reader knows (itcavl, itcunavl, itcrev, itcRejected); it is ignored.");
                    break;
            }
        }

        return result;
    }

    private static PortalItcBucket? Bucket(JsonElement bucket, PortalReader reader, string path)
    {
        if (!reader.ExpectObject(bucket, path))
        {
            return null;
        }

        var groups = ImmutableSortedDictionary.CreateBuilder<string, PortalItcGroup>(System.StringComparer.Ordinal);
        foreach (var property in bucket.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Object)
            {
                groups[property.Name] = Group(property.Value, reader, path + "." + property.Name);
            }
        }

        var total = TaxAmounts.Zero;
        if (HasHeads(bucket))
        {
            total = Amounts(bucket, reader, path);
        }
        else
        {
            foreach (var name in SummedGroups)
            {
                total += groups.TryGetValue(name, out var group) ? group.Total : TaxAmounts.Zero;
            }
        }

        return new PortalItcBucket { Total = total, Groups = groups.ToImmutable() };
    }

    private static PortalItcGroup Group(JsonElement group, PortalReader reader, string path)
    {
        var sections = ImmutableSortedDictionary.CreateBuilder<string, TaxAmounts>(System.StringComparer.Ordinal);
        var sum = TaxAmounts.Zero;
        foreach (var property in group.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Object)
            {
                var amounts = Amounts(property.Value, reader, path + "." + property.Name);
                sections[property.Name] = amounts;
                sum += amounts;
            }
        }

        return new PortalItcGroup { Total = HasHeads(group) ? Amounts(group, reader, path) : sum, Sections = sections.ToImmutable() };
    }

    private static bool HasHeads(JsonElement obj)
    {
        foreach (var head in Heads)
        {
            if (PortalReader.TryGet(obj, head, out _))
            {
                return true;
            }
        }

        return false;
    }

    private static TaxAmounts Amounts(JsonElement obj, PortalReader reader, string path) => new(
        reader.Money(obj, "igst", path, null, signed: true),
        reader.Money(obj, "cgst", path, null, signed: true),
        reader.Money(obj, "sgst", path, null, signed: true),
        reader.Money(obj, "cess", path, null, signed: true));
}
