using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;

namespace Ims.Rules.Engine;

/// <summary>
/// A statement as a projection of one period of the ledger: the records that landed in it as documents, what it
/// carries forward, the supplier effects, the findings, totals and GSTR-3B figures (R46, R56).
/// </summary>
internal static class StatementProjection
{
    /// <summary>The statement of <paramref name="header"/>'s period from <paramref name="ledger"/>, which is folded up to it at the statement's instant.</summary>
    public static Gstr2bStatement Project(Gstr2bStatement header, LedgerView ledger, Ledger records, ImsPolicies policies, IEnumerable<Finding> baseFindings)
    {
        var period = header.Period;
        var own = records.RecordsOf(period);
        var folded = ledger.PeriodOf(period);
        var documents = new List<StatementDocument>((own?.Count ?? 0) + (folded?.Landed.Length ?? 0));
        var carryForward = new List<CarryForwardEntry>(folded?.Carried.Length ?? 0);
        var supplierEffects = new List<SupplierEffect>();
        var findings = new List<Finding>(baseFindings);
        var rules = new Dictionary<int, ImmutableArray<string>>();

        // The period's records nobody acted on land where they are; the acted-on and amending ones are in the ledger.
        if (own is not null)
        {
            foreach (var index in own)
            {
                var record = records.Records[index];
                if (record.IsMobile || record.EntersAt > ledger.AsOf)
                {
                    continue;
                }

                var landing = ledger.LandingOf(record, period);
                var effect = landing.State == StateKind.Superseded ? default : ledger.StoredEffectOf(record, landing);
                Add(record, landing, effect, landing.State == StateKind.Superseded ? null : ledger.SupplierEffectOf(record, landing, Restriction.None));
            }
        }

        var ownDocuments = documents.Count;
        if (folded is not null)
        {
            foreach (var entry in folded.Landed)
            {
                Add(records.Records[entry.Index], entry.Landing, entry.Effect, entry.SupplierEffect);
            }

            foreach (var carried in folded.Carried)
            {
                var record = records.Records[carried.Index];
                var resolution = carried.Resolution;
                carryForward.Add(resolution.State == StateKind.Held
                    ? new CarryForwardEntry(record.Id, record.Period, null, null, null, CarryForwardReason.AwaitingOriginal)
                    : new CarryForwardEntry(record.Id, record.Period, ledger.PendingUntil(record, resolution.Restriction), record.TimeLimit, resolution.Deciding?.Remark));
                AddRange(findings, resolution.Findings);
                AddRecordFindings(record);
            }
        }

        // R17: actions after the GSTR-3B that closed an earlier period, reported by the statement open when taken.
        var previousClosed = records.Calendar.PreviousReturnPeriod(period) is { } previous ? records.Calendar.Gstr3bFiledAt(previous) : null;
        foreach (var earlier in ledger.Periods)
        {
            if (earlier.Period >= period)
            {
                break;
            }

            foreach (var position in earlier.Late)
            {
                ledger.AddActionsAfterClose(records.Records[earlier.Landed[position].Index], earlier.Period, previousClosed, findings);
            }
        }

        var sorted = SortedById(documents, static d => d.RecordId, ownDocuments);

        return header with
        {
            Documents = sorted,
            CarryForward = SortedById(carryForward, static c => c.RecordId),
            SupplierEffects = SortedById(supplierEffects, static e => e.RecordId),
            Summary = Summarise(sorted, policies.CreditNotesInGstr3b),
            Findings = Order(findings),
        };

        void Add(PreparedRecord record, Landing landing, Effect effect, SupplierEffect? supplierEffect)
        {
            if (landing.State == StateKind.Superseded)
            {
                findings.Add(FindingCatalogue.SupersededInItsPeriod.For(record.Id, ledger.SupersedingAmendment(record)!.Value.Id, period));
            }
            else
            {
                documents.Add(Document(record, landing, effect, rules));
                if (supplierEffect is { } some)
                {
                    supplierEffects.Add(some);
                }

                AddRange(findings, effect.Findings);
            }

            AddRange(findings, landing.Findings);
            AddRecordFindings(record);
        }

        void AddRecordFindings(PreparedRecord record)
        {
            foreach (var (at, finding) in record.Findings)
            {
                if (at is null || at <= header.AsOf)
                {
                    findings.Add(finding);
                }
            }
        }
    }

    /// <summary>The items sorted by record id, ordinal.</summary>
    private static ImmutableArray<T> SortedById<T>(List<T> items, Func<T, string> id) => SortedById(items, id, items.Count);

    /// <summary>
    /// The items sorted by record id, ordinal, from two runs (before and from <paramref name="split"/>) each sorted unless
    /// it already is, then merged: a period's own records usually come in id order.
    /// </summary>
    private static ImmutableArray<T> SortedById<T>(List<T> items, Func<T, string> id, int split)
    {
        var keys = new IdKey[items.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = new IdKey(id(items[i]), i);
        }

        SortRun(keys.AsSpan(0, split));
        SortRun(keys.AsSpan(split));
        var sorted = new T[keys.Length];
        var order = default(IdKey.Ordinal);
        int a = 0, b = split, k = 0;
        while (a < split && b < keys.Length)
        {
            sorted[k++] = items[order.Compare(keys[a], keys[b]) <= 0 ? keys[a++].Position : keys[b++].Position];
        }

        while (a < split)
        {
            sorted[k++] = items[keys[a++].Position];
        }

        while (b < keys.Length)
        {
            sorted[k++] = items[keys[b++].Position];
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(sorted);

        static void SortRun(Span<IdKey> run)
        {
            var order = default(IdKey.Ordinal);
            for (var i = 1; i < run.Length; i++)
            {
                if (order.Compare(run[i - 1], run[i]) > 0)
                {
                    run.Sort(order);
                    return;
                }
            }
        }
    }

    /// <summary>An item's id and position, sorted as a value: much faster than sorting references with a delegate.</summary>
    private readonly record struct IdKey(string Id, int Position)
    {
        public readonly struct Ordinal : IComparer<IdKey>
        {
            public int Compare(IdKey x, IdKey y) => string.CompareOrdinal(x.Id, y.Id);
        }
    }

    private static void AddRange(List<Finding> findings, List<Finding>? more)
    {
        if (more is not null)
        {
            findings.AddRange(more);
        }
    }

    /// <summary>Findings in an order that never depends on input order: statement-wide first, then by record, code, message and severity.</summary>
    public static ImmutableArray<Finding> Order(IEnumerable<Finding> findings)
    {
        var unique = new HashSet<Finding>(findings);
        var ordered = new Finding[unique.Count];
        unique.CopyTo(ordered);
        ordered.AsSpan().Sort(default(FindingOrder));
        return ImmutableCollectionsMarshal.AsImmutableArray(ordered);
    }

    private readonly struct FindingOrder : IComparer<Finding>
    {
        public int Compare(Finding? x, Finding? y)
        {
            if (x is null || y is null)
            {
                return x is null ? (y is null ? 0 : -1) : 1;
            }

            var order = (x.RecordId is null).CompareTo(y.RecordId is null);
            return order != 0 ? -order
                : (order = string.CompareOrdinal(x.RecordId, y.RecordId)) != 0 ? order
                : (order = string.CompareOrdinal(x.Code, y.Code)) != 0 ? order
                : (order = string.CompareOrdinal(x.Message, y.Message)) != 0 ? order
                : x.Severity.CompareTo(y.Severity);
        }
    }

    private static StatementDocument Document(PreparedRecord record, Landing landing, Effect effect, Dictionary<int, ImmutableArray<string>> rules)
    {
        var bucket = LedgerView.BucketOf(record, landing);
        return new StatementDocument
        {
            RecordId = record.Id,
            SupplierGstin = record.Record.SupplierGstin,
            Number = record.Record.Number,
            Date = record.Record.Date,
            Bucket = bucket,
            Section = record.Section,
            ReverseCharge = record.Record.ReverseCharge,
            Reason = bucket != Bucket.ItcNotAvailable ? null
                : record.Route == Route.PlaceOfSupply ? NotAvailableReason.PlaceOfSupply
                : record.Route == Route.IsdIneligible ? null
                : NotAvailableReason.TimeLimit,
            Itc = bucket == Bucket.ItcRejected ? TaxAmounts.Zero : effect.Itc,
            ItcReversed = effect.Reversed,
            Tax = record.SignedTax,
            Action = landing.State == StateKind.Expired ? ActionKind.NoAction : landing.Deciding?.Action ?? ActionKind.NoAction,
            Remark = landing.State == StateKind.Expired ? null : landing.Deciding?.Remark,
            Since = record.Period,
            Rules = RulesFor(record, landing, effect, bucket, rules),
        };
    }

    /// <summary>The rule IDs of a document; documents decided alike share one list.</summary>
    private static ImmutableArray<string> RulesFor(PreparedRecord record, Landing landing, Effect effect, Bucket bucket, Dictionary<int, ImmutableArray<string>> cache)
    {
        var key = (int)record.Route | ((int)landing.State << 3) | ((int)bucket << 6) | ((int)record.Transfer << 8)
            | (landing.WasPending ? 1 << 10 : 0) | (record.RuleSet == RuleSet.PreIms ? 1 << 11 : 0) | (record.IsBillOfEntry ? 1 << 12 : 0)
            | (record.IsCreditNote ? 1 << 13 : 0) | (effect.DeclarationUsed ? 1 << 14 : 0) | (record.Record.IsAmendment ? 1 << 15 : 0)
            | (record.Original is not null ? 1 << 16 : 0) | (record.WindowRule == RuleIds.R31 ? 1 << 17 : record.WindowRule == RuleIds.R34 ? 1 << 18 : 0)
            | (PendingWasBlocked(landing) ? 1 << 19 : 0) | (record.FiledLate ? 1 << 20 : 0);
        if (!cache.TryGetValue(key, out var cached))
        {
            cached = ComposeRules(record, landing, effect, bucket);
            cache.Add(key, cached);
        }

        return cached;
    }

    private static ImmutableArray<string> ComposeRules(PreparedRecord record, Landing landing, Effect effect, Bucket bucket)
    {
        var rules = ImmutableArray.CreateBuilder<string>();
        switch (record.Route)
        {
            case Route.Direct:
                rules.Add(record.RuleSet == RuleSet.PreIms ? RuleIds.R6 : RuleIds.R4);
                break;
            case Route.PlaceOfSupply:
                rules.Add(RuleIds.R3);
                break;
            case Route.TimeBarred:
                rules.AddRange(RuleIds.R3, RuleIds.R36, RuleIds.R35);
                break;
            case Route.IsdIneligible:
                rules.Add(RuleIds.R4);
                break;
            case Route.Ims or Route.NotFiled or Route.Excluded:
                if (landing.WasPending)
                {
                    rules.Add(RuleIds.R14);
                }

                switch (landing.State)
                {
                    case StateKind.Accept:
                        rules.Add(RuleIds.R12);
                        break;
                    case StateKind.NoAction:
                        rules.AddRange(RuleIds.R11, RuleIds.R12);
                        break;
                    case StateKind.Reject:
                        rules.Add(RuleIds.R13);
                        break;
                    case StateKind.Expired:
                        rules.AddRange(RuleIds.R25, RuleIds.R11, RuleIds.R12);
                        break;
                    case StateKind.TimeBarred:
                        rules.AddRange(RuleIds.R37, RuleIds.R35);
                        break;
                    case StateKind.Pending or StateKind.Held or StateKind.Superseded:
                        break;
                }

                        var blockedBy = record.RuleSet == RuleSet.Ims2025 ? RuleIds.R25 : RuleIds.R22;
                if (PendingWasBlocked(landing) && !rules.Contains(blockedBy))
                {
                    rules.Add(blockedBy);
                }

                if (record.IsBillOfEntry)
                {
                    rules.AddRange(RuleIds.R7, RuleIds.R52);
                }

                break;
        }

        if (record.IsCreditNote && bucket == Bucket.ItcAvailable)
        {
            rules.Add(RuleIds.R45);
        }

        if (effect.DeclarationUsed)
        {
            rules.Add(RuleIds.R26);
        }

        if (record.Transfer != Transfer.None)
        {
            rules.Add(RuleIds.R53);
        }

        if (record.Record.IsAmendment)
        {
            rules.AddRange(RuleIds.R39, RuleIds.R41);
            if (record.Original is not null)
            {
                rules.Add(RuleIds.R42);
            }
        }

        rules.Add(record.WindowRule);
        if (record.FiledLate)
        {
            rules.Add(RuleIds.R30);
        }

        return rules.ToImmutable();
    }

    /// <summary>Whether a Pending on the record was ignored because the rules block it (R22, R25): that too decided its place.</summary>
    private static bool PendingWasBlocked(Landing landing) =>
        landing.Findings is { } findings && findings.Exists(f => f.Code == FindingCodes.PendingBlocked);

    private static StatementSummary Summarise(ImmutableArray<StatementDocument> documents, CreditNotesInGstr3bPolicy policy)
    {
        TaxAmounts available = default, notAvailable = default, rejected = default, table4D2 = default;
        var groups = new TaxAmounts[4]; // 4A1, 4A3, 4A4, 4A5
        var reversals = TaxAmounts.Zero;
        foreach (var document in documents)
        {
            // Policy IneligibleAmendment: ITC taken on earlier versions, reversed here.
            available -= document.ItcReversed;
            reversals += document.ItcReversed;
            switch (document.Bucket)
            {
                case Bucket.ItcAvailable:
                    available += document.Itc;
                    var group = document.Section switch
                    {
                        Section.Impg or Section.Impga or Section.Impgsez or Section.Impgseza => 0,
                        Section.Isd or Section.Isda => 2,
                        Section.B2b or Section.B2ba or Section.Cdnr or Section.Cdnra or Section.Ecom or Section.Ecoma => document.ReverseCharge ? 1 : 3,
                    };
                    if (policy == CreditNotesInGstr3bPolicy.Netted)
                    {
                        groups[group] += document.Itc;
                    }
                    else
                    {
                        groups[group] += document.Itc.PositivePart();
                        reversals -= document.Itc.NegativePart();
                    }

                    break;
                case Bucket.ItcNotAvailable:
                    notAvailable += document.Itc;
                    if (document.Reason is not null)
                    {
                        table4D2 += document.Itc;
                    }

                    break;
                case Bucket.ItcRejected:
                    rejected += document.Itc;
                    break;
            }
        }

        // R46, R56: a negative net in a table 4(A) row is shown as a reversal in 4(B)(2).
        for (var i = 0; i < groups.Length; i++)
        {
            reversals -= groups[i].NegativePart();
            groups[i] = groups[i].PositivePart();
        }

        return new StatementSummary
        {
            ItcAvailable = available,
            ItcNotAvailable = notAvailable,
            ItcRejected = rejected,
            Gstr3b = new Gstr3bFigures
            {
                Table4A1 = groups[0],
                Table4A3 = groups[1],
                Table4A4 = groups[2],
                Table4A5 = groups[3],
                Table4B2 = reversals,
                Table4D2 = table4D2,
            },
        };
    }
}
