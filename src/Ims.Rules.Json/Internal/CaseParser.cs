using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Threading.Tasks;
using NodaTime;

namespace Ims.Rules.Json.Internal;

/// <summary>
/// Reads an <c>ims-case/1</c> document from its tokens, in one forward pass: the top level,
/// the recipient, filings and policies here; records and actions one element at a time.
/// Checks that need the whole file (duplicate ids, actions on unknown records) run at the end.
/// </summary>
internal sealed class CaseParser
{
    private const string RecordsPath = "$.records";
    private const string ActionsPath = "$.actions";

    /// <summary>The records read ahead and handed to another thread at a time.</summary>
    private const int RunSize = 1024;

    /// <summary>The runs being read on other threads at most, ahead of the one being taken in.</summary>
    private const int RunsAhead = 8;

    /// <summary>
    /// The fewest bytes a record takes in a large file as the tool writes it (indented; most take 400 to 500): the
    /// records' table and id set are sized for the most records the file can then hold, instead of growing to it through
    /// large arrays that are copied and thrown away (each of which counts towards a full collection).
    /// </summary>
    private const int IndentedRecordBytes = 384;

    private readonly CaseInput _in;
    private readonly ImmutableArray<InwardRecord>.Builder _records = ImmutableArray.CreateBuilder<InwardRecord>();
    private readonly ImmutableArray<ImsAction>.Builder _actions = ImmutableArray.CreateBuilder<ImsAction>();
    private readonly Dictionary<string, int> _recordLines = new(System.StringComparer.Ordinal);
    // The actions whose record is not known when they are read, checked again at the end (records may come after actions).
    private readonly List<(string RecordId, int Index, int Line)> _actionRecords = [];
    private Recipient? _recipient;
    private Filings _filings = Filings.None;
    private ImsPolicies _policies = ImsPolicies.Default;
    private string? _format;
    private bool _recipientSeen;
    private bool _recordsRead;

    private CaseParser(JsonTokens tokens) => _in = new CaseInput(tokens);

    public static CaseReadResult Parse(JsonTokens tokens)
    {
        var parser = new CaseParser(tokens);
        try
        {
            parser.ReadDocument();
        }
        catch (DuplicateNameException e) when (parser._in.Skipping is { } skipped)
        {
            parser._in.Report(JsonFindingCodes.DuplicateKey, Severity.Error, skipped, e.Line,
                "an object in it gives the name " + IsoTime.Quote(e.Name) + " twice; which value is meant cannot be told, so the case is not read.");
        }
        catch (DuplicateNameException e)
        {
            parser._in.Report(JsonFindingCodes.DuplicateKey, Severity.Error, parser._in.Object.Field(e.Name), e.Line,
                "given twice in one object; which value is meant cannot be told, so the case is not read.");
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            parser._in.Report(JsonFindingCodes.Syntax, Severity.Error, parser._in.Current, line, "invalid JSON near here: " + Describe(e) + ".");
        }
        catch (IOException e)
        {
            parser._in.Report(JsonFindingCodes.Unreadable, Severity.Error, parser._in.Current, parser._in.Line, "the input could not be read: " + e.Message);
        }
        finally
        {
            tokens.Dispose(); // the stream is the caller's again once the case is read
        }

        return parser.Result();
    }

    private static string Describe(JsonException e)
    {
        var message = JsonErrorText.Of(e);
        return e.BytePositionInLine is { } column
            ? string.Create(CultureInfo.InvariantCulture, $"{message} (column {column + 1})")
            : message;
    }

    private CaseReadResult Result()
    {
        ImsCase? imsCase = _in.HasErrors || _recipient is null ? null : new ImsCase
        {
            Recipient = _recipient,
            Filings = _filings,
            Records = _records.Count == _records.Capacity ? _records.MoveToImmutable() : _records.ToImmutable(),
            Actions = _actions.ToImmutable(),
            Policies = _policies,
        };
        return new CaseReadResult(imsCase, [.. _in.Findings]);
    }

    private void ReadDocument()
    {
        if (!_in.Tokens.Read())
        {
            return;
        }

        var root = JsonPath.Root;
        var rootLine = _in.Line;
        if (_in.Tokens.TokenType != JsonTokenType.StartObject)
        {
            _in.Error(JsonFindingCodes.Type, root, "expected an object (an ims-case/1 case file).");
            return;
        }

        while (_in.NextProperty(root, out var name))
        {
            var at = root.Field(name);
            switch (name)
            {
                case Fields.Format:
                    _format = _in.String(at);
                    if (_format is not null && _format != CaseReader.Format)
                    {
                        _in.Error(JsonFindingCodes.Format, at, IsoTime.Quote(_format) + " is not a case file format: expected \"" + CaseReader.Format + "\".");
                        return;
                    }

                    break;
                case Fields.Recipient: ReadRecipient(at); break;
                case Fields.Filings: ReadFilings(at); break;
                case Fields.Records: ReadRecords(at); break;
                case Fields.Actions: ReadActions(at); break;
                case Fields.Policies: ReadPolicies(at); break;
                default: _in.Unknown(at); break;
            }
        }

        _in.Tokens.Read(); // anything after the document is a syntax error
        if (_format is null)
        {
            _in.Report(JsonFindingCodes.Format, Severity.Error, root.Field(Fields.Format), rootLine, "missing; a case file starts with \"format\": \"" + CaseReader.Format + "\".");
        }

        if (!_recipientSeen)
        {
            _in.Missing(root.Field(Fields.Recipient), rootLine, "the recipient, with at least its \"gstin\".");
        }

        CheckActionRecords();
    }

    private void ReadRecipient(JsonPath at)
    {
        _recipientSeen = _in.Tokens.TokenType != JsonTokenType.Null;
        var line = _in.Line;
        if (!_in.IsObject(at, "the recipient"))
        {
            return;
        }

        var parent = new JsonPath(at.ToString());
        Gstin? gstin = null;
        var profile = ImmutableArray<FrequencyChange>.Empty;
        var errors = _in.ErrorCount;
        while (_in.NextProperty(parent, out var name))
        {
            var field = parent.Field(name);
            switch (name)
            {
                case Fields.Gstin: gstin = _in.Gstin(field); break;
                case Fields.Profile: profile = ReadProfile(field); break;
                default: _in.Unknown(field); break;
            }
        }

        if (gstin is null && errors == _in.ErrorCount)
        {
            _in.Missing(parent.Field(Fields.Gstin), line, "the recipient's GSTIN.");
        }

        if (gstin is { } valid)
        {
            _recipient = new Recipient { Gstin = valid, Profile = profile };
        }
    }

    private ImmutableArray<FrequencyChange> ReadProfile(JsonPath at)
    {
        var profile = ImmutableArray.CreateBuilder<FrequencyChange>();
        if (!_in.IsArray(at, "return frequencies from a period on"))
        {
            return profile.ToImmutable();
        }

        var parent = new JsonPath(at.ToString());
        for (var i = 0; _in.NextItem(parent, i); i++)
        {
            var item = parent.Item(i);
            var line = _in.Line;
            if (!_in.IsObject(item, "a profile entry"))
            {
                continue;
            }

            ReturnPeriod? from = null;
            ReturnFrequency? frequency = null;
            StateGroup? group = null;
            var errors = _in.ErrorCount;
            while (_in.NextProperty(item, out var name))
            {
                var field = item.Field(name);
                switch (name)
                {
                    case Fields.From: from = _in.Period(field); break;
                    case Fields.Frequency: frequency = _in.Choice(field, Vocabulary.Frequency, "a return frequency"); break;
                    case Fields.StateGroup: group = _in.Choice(field, Vocabulary.StateGroup, "a state group"); break;
                    default: _in.Unknown(field); break;
                }
            }

            if (from is null && errors == _in.ErrorCount)
            {
                _in.Missing(item.Field(Fields.From), line, "the first period the frequency applies to, YYYY-MM.");
            }

            if (frequency is null && errors == _in.ErrorCount)
            {
                _in.Missing(item.Field(Fields.Frequency), line, "one of " + Vocabulary.Frequency.Expected + ".");
            }

            if (from is { } start && frequency is { } value)
            {
                profile.Add(new FrequencyChange(start.Start, value, group));
            }
        }

        return profile.ToImmutable();
    }

    private void ReadFilings(JsonPath at)
    {
        if (!_in.IsObject(at, "the recipient's filings"))
        {
            return;
        }

        var parent = new JsonPath(at.ToString());
        while (_in.NextProperty(parent, out var name))
        {
            var field = parent.Field(name);
            switch (name)
            {
                case Fields.Gstr3b:
                    _filings = _filings with { Gstr3b = ReadMap(field, "GSTR-3B filings by period", ParseMonth, (key, path) => _in.Instant(path)) };
                    break;
                case Fields.AnnualReturn:
                    _filings = _filings with { AnnualReturn = ReadMap(field, "annual returns by financial year", ParseYear, (key, path) => _in.Date(path)) };
                    break;
                case Fields.DueDateExtensions:
                    var extensions = ReadMap(field, "extended due dates by return:period", ParseExtensionKey, (key, path) => _in.Date(path));
                    _filings = _filings with
                    {
                        DueDateExtensions = [.. System.Linq.Enumerable.Select(extensions, e => new DueDateExtension(e.Key.Return, e.Key.Month, e.Value))],
                    };
                    break;
                default: _in.Unknown(field); break;
            }
        }
    }

    private YearMonth? ParseMonth(JsonPath path, string key) => _in.ParsePeriod(path, key)?.Start;

    private FinancialYear? ParseYear(JsonPath path, string key)
    {
        if (FinancialYear.TryParse(key, out var year))
        {
            return year;
        }

        _in.Error(JsonFindingCodes.Value, path, IsoTime.Quote(key) + " is not a financial year: expected YYYY-YY, such as 2024-25.");
        return null;
    }

    private (ExtendedReturn Return, YearMonth Month)? ParseExtensionKey(JsonPath path, string key)
    {
        var colon = key.IndexOf(':', System.StringComparison.Ordinal);
        if (colon > 0
            && Vocabulary.ExtendedReturn.TryParse(key[..colon], out var form)
            && ReturnPeriod.TryParse(key[(colon + 1)..], out var period))
        {
            return (form, period.Start);
        }

        _in.Error(JsonFindingCodes.Value, path, IsoTime.Quote(key) + " is not a return and period: expected RETURN:YYYY-MM with RETURN one of " + Vocabulary.ExtendedReturn.Expected + ", such as gstr3b:2025-11.");
        return null;
    }

    /// <summary>Reads an object used as a map: each key parsed, each value read, a repeated key reported.</summary>
    private ImmutableDictionary<TKey, TValue> ReadMap<TKey, TValue>(
        JsonPath at, string what, System.Func<JsonPath, string, TKey?> parseKey, System.Func<TKey, JsonPath, TValue?> readValue)
        where TKey : struct
        where TValue : struct
    {
        var map = ImmutableDictionary.CreateBuilder<TKey, TValue>();
        if (!_in.IsObject(at, what))
        {
            return map.ToImmutable();
        }

        var parent = new JsonPath(at.ToString());
        while (_in.NextProperty(parent, out var name))
        {
            var field = parent.Field(name);
            var key = parseKey(field, name);
            if (key is not { } k)
            {
                _in.Skip(field);
                continue;
            }

            var value = readValue(k, field);
            if (map.ContainsKey(k))
            {
                _in.Error(JsonFindingCodes.DuplicateKey, field, "given twice.");
            }
            else if (value is { } v)
            {
                map[k] = v;
            }
        }

        return map.ToImmutable();
    }

    private void ReadRecords(JsonPath at)
    {
        if (!_in.IsArray(at, "the inward records"))
        {
            return;
        }

        if (_in.Tokens.CanReadItemsAhead)
        {
            var most = (int)System.Math.Min(_in.Tokens.Size / IndentedRecordBytes, System.Array.MaxLength / 2);
            _records.Capacity = most;
            _recordLines.EnsureCapacity(most);
            ReadRecordsAhead();
        }
        else
        {
            ReadRecords(0);
        }

        _recordsRead = true; // a second "records" is a name given twice, which stops the reading
        _in.KnownIds = _recordLines;
    }

    /// <summary>Reads the records from the current one to the end of the array, on this thread.</summary>
    /// <param name="first">The index of the current record.</param>
    private void ReadRecords(int first)
    {
        var records = new JsonPath(RecordsPath);
        for (var i = first; _in.NextItem(records, i); i++)
        {
            var line = _in.Line;
            var record = RecordReader.Read(_in, records.Item(i), out var id);
            Take(i, line, record, id);
        }
    }

    /// <summary>Reads the records on several threads (<see cref="ReadAhead{T}"/>).</summary>
    private void ReadRecordsAhead() =>
        ReadAhead<InwardRecord>(RecordsPath, RecordReader.Read, Take, ReadRecords, null);

    /// <summary>
    /// Reads the items of an array on several threads: this one reads ahead runs of items' tokens (<see cref="JsonTokens.ReadItems"/>),
    /// other threads turn each run into items with findings of their own, and this one takes them in, in the file's
    /// order, as if it had read them itself. A run that stopped at a failure (a syntax error, a name given twice, a failed
    /// stream), or whose reading threw, is read again here, so that the failure is met where reading on one thread meets
    /// it, with the same findings before it.
    /// </summary>
    /// <param name="arrayPath">The array's path.</param>
    /// <param name="read">Reads one item (on another thread).</param>
    /// <param name="take">Takes in one item read, on this thread.</param>
    /// <param name="readHere">Reads the items from the given index to the end of the array on this thread.</param>
    /// <param name="knownIds">The record ids the items' readers may look up (read only while the items are read).</param>
    private void ReadAhead<T>(string arrayPath, ItemRead<T> read, ItemTake<T> take, System.Action<int> readHere, Dictionary<string, int>? knownIds)
        where T : class
    {
        var tokens = _in.Tokens;
        var gstins = new ConcurrentBag<GstinCache>();
        var free = new ConcurrentBag<RunItem<T>[]>(); // the items of runs taken in, to be filled again
        var pending = new Queue<(JsonTokens.ItemRun Run, int First, Task<RunResult<T>> Reading)>();
        tokens.HoldBatches = true;
        try
        {
            var next = 0;
            while (true)
            {
                var run = tokens.ReadItems(RunSize);
                if (run.Failure is not null)
                {
                    while (pending.Count > 0)
                    {
                        TakeRun(pending.Dequeue(), free, take, readHere);
                    }

                    ReadAgain(run, next, readHere);
                    return;
                }

                if (run.Count > 0)
                {
                    var first = next;
                    pending.Enqueue((run, first, Task.Run(() => ReadRun(run, first, arrayPath, read, knownIds, gstins, free))));
                    next += run.Count;
                }

                while (pending.Count > (run.ArrayEnded ? 0 : RunsAhead))
                {
                    TakeRun(pending.Dequeue(), free, take, readHere);
                    tokens.ReleaseHeld(pending.TryPeek(out var oldest) ? oldest.Run.FirstBatch : long.MaxValue);
                }

                if (run.ArrayEnded)
                {
                    return;
                }
            }
        }
        finally
        {
            // Nothing is left reading the held batches when they go back (a failure met here leaves runs unread).
            foreach (var (_, _, reading) in pending)
            {
                Finished(reading);
            }

            _in.Tokens = tokens;
            tokens.HoldBatches = false;
        }
    }

    /// <summary>Takes in a run read on another thread, or reads it again here if that threw.</summary>
    private void TakeRun<T>(
        (JsonTokens.ItemRun Run, int First, Task<RunResult<T>> Reading) pending, ConcurrentBag<RunItem<T>[]> free, ItemTake<T> take, System.Action<int> readHere)
        where T : class
    {
        var (run, first, reading) = pending;
        if (!Finished(reading))
        {
            ReadAgain(run, first, readHere);
            return;
        }

        var result = reading.Result;
        var finding = 0;
        for (var i = 0; i < result.Count; i++)
        {
            var (line, item, id, findingsEnd) = result.Items[i];
            for (; finding < findingsEnd; finding++)
            {
                _in.Add(result.Findings[finding]);
            }

            take(first + i, line, item, id);
        }

        System.Array.Clear(result.Items, 0, result.Count);
        free.Add(result.Items);
    }

    /// <summary>
    /// Waits for a run's reading, which runs here if it has not started: a case read on a pool thread (a batch of large
    /// cases) does not wait for the pool.
    /// </summary>
    /// <returns>Whether it read the run (false: it threw).</returns>
    private static bool Finished(Task reading)
    {
        try
        {
            reading.Wait();
            return true;
        }
        catch (System.AggregateException)
        {
            return false;
        }
    }

    /// <summary>Reads a run on this thread, as the items of the file: what stops it is thrown here.</summary>
    private void ReadAgain(JsonTokens.ItemRun run, int first, System.Action<int> readHere)
    {
        var tokens = _in.Tokens;
        _in.Tokens = run.Replay();
        try
        {
            readHere(first);
        }
        finally
        {
            _in.Tokens = tokens;
        }
    }

    /// <summary>Reads a run of items on its own (another thread), with the line and findings of each.</summary>
    private static RunResult<T> ReadRun<T>(
        JsonTokens.ItemRun run, int first, string arrayPath, ItemRead<T> read, Dictionary<string, int>? knownIds,
        ConcurrentBag<GstinCache> gstins, ConcurrentBag<RunItem<T>[]> free)
        where T : class
    {
        var cache = gstins.TryTake(out var known) ? known : new GstinCache();
        try
        {
            var input = new CaseInput(run.Replay(), cache) { KnownIds = knownIds };
            var items = new JsonPath(arrayPath);
            var done = free.TryTake(out var used) && used.Length >= run.Count ? used : new RunItem<T>[System.Math.Max(run.Count, RunSize)];
            var count = 0;
            for (; count < run.Count && input.NextItem(items, first + count); count++)
            {
                var line = input.Line;
                var item = read(input, items.Item(first + count), out var id);
                done[count] = new RunItem<T>(line, item, id, input.Findings.Count);
            }

            return new RunResult<T>(done, count, input.Findings);
        }
        finally
        {
            gstins.Add(cache);
        }
    }

    /// <summary>Takes in one record read: checks its id is new, then keeps it.</summary>
    private void Take(int index, int line, InwardRecord? record, string? id)
    {
        if (id is null or { Length: 0 })
        {
            return;
        }

        ref var firstLine = ref CollectionsMarshal.GetValueRefOrAddDefault(_recordLines, id, out var used);
        if (used)
        {
            _in.Report(JsonFindingCodes.DuplicateId, Severity.Error, new JsonPath(RecordsPath).Item(index).Field(Fields.Id), line,
                string.Create(CultureInfo.InvariantCulture, $"the id {IsoTime.Quote(id)} is already used by the record on line {firstLine}; ids must be unique."));
            _in.Attribute(_in.Findings.Count - 1, id);
            return;
        }

        firstLine = line;
        if (record is not null)
        {
            _records.Add(record);
        }
    }

    /// <summary>Reads one item of an array whose <c>{</c> is the current token.</summary>
    private delegate T? ItemRead<T>(CaseInput input, JsonPath path, out string? id)
        where T : class;

    /// <summary>Takes in one item read, in the file's order.</summary>
    private delegate void ItemTake<T>(int index, int line, T? item, string? id)
        where T : class;

    /// <summary>The items of a run read on another thread, each with its line and the end of its findings.</summary>
    private sealed record RunResult<T>(RunItem<T>[] Items, int Count, List<Finding> Findings)
        where T : class;

    /// <summary>An item read on another thread: its line, the item if complete, its id, and the end of its findings.</summary>
    private readonly record struct RunItem<T>(int Line, T? Item, string? Id, int FindingsEnd)
        where T : class;

    private void ReadActions(JsonPath at)
    {
        if (!_in.IsArray(at, "the recipient's IMS actions"))
        {
            return;
        }

        if (_in.Tokens.CanReadItemsAhead)
        {
            // The record ids are only read while the actions are: the records are read (or come later, after these).
            ReadAhead<ImsAction>(ActionsPath, ReadAction, TakeAction, ReadActions, _in.KnownIds);
        }
        else
        {
            ReadActions(0);
        }
    }

    /// <summary>Reads the actions from the current one to the end of the array, on this thread.</summary>
    /// <param name="first">The index of the current action.</param>
    private void ReadActions(int first)
    {
        var actions = new JsonPath(ActionsPath);
        for (var i = first; _in.NextItem(actions, i); i++)
        {
            var line = _in.Line;
            TakeAction(i, line, ActionReader.Read(_in, actions.Item(i)), null);
        }
    }

    private static ImsAction? ReadAction(CaseInput input, JsonPath path, out string? id)
    {
        id = null;
        return ActionReader.Read(input, path);
    }

    /// <summary>Takes in one action read: keeps it, and its record to check at the end when that is not yet known.</summary>
    private void TakeAction(int index, int line, ImsAction? action, string? id)
    {
        if (action is not null)
        {
            _actions.Add(action);
            if (!_recordsRead || !_recordLines.ContainsKey(action.RecordId))
            {
                _actionRecords.Add((action.RecordId, index, line));
            }
        }
    }

    /// <summary>Every action must name a record of the file; records may come after actions, so this runs last.</summary>
    private void CheckActionRecords()
    {
        foreach (var (recordId, index, line) in _actionRecords)
        {
            if (!_recordLines.ContainsKey(recordId))
            {
                _in.Report(JsonFindingCodes.UnknownRecord, Severity.Error, new JsonPath(ActionsPath).Item(index).Field(Fields.Record), line,
                    IsoTime.Quote(recordId) + " is not the id of any record in the file.");
                _in.Attribute(_in.Findings.Count - 1, recordId);
            }
        }
    }

    private void ReadPolicies(JsonPath at)
    {
        if (!_in.IsObject(at, "policies for open points"))
        {
            return;
        }

        var parent = new JsonPath(at.ToString());
        var p = _policies;
        while (_in.NextProperty(parent, out var name))
        {
            var field = parent.Field(name);
            p = name switch
            {
                Fields.AmendmentNeedsSettledOriginal => p with { AmendmentOriginal = _in.Boolean(field) is { } settled ? (settled ? AmendmentOriginalPolicy.MustBeSettled : AmendmentOriginalPolicy.Independent) : p.AmendmentOriginal },
                Fields.ExpiredPending => p with { ExpiredPending = _in.Choice(field, Vocabulary.ExpiredPending, "an expiredPending policy") ?? p.ExpiredPending },
                Fields.PendingPastTimeLimit => p with { PendingPastTimeLimit = _in.Choice(field, Vocabulary.PendingPastTimeLimit, "a pendingPastTimeLimit policy") ?? p.PendingPastTimeLimit },
                Fields.QrmpMonthlyStatements => p with { QrmpStatements = _in.Boolean(field) is { } monthly ? (monthly ? QrmpStatementsPolicy.Monthly : QrmpStatementsPolicy.Quarterly) : p.QrmpStatements },
                Fields.Sequential => p with { Sequential = _in.Choice(field, Vocabulary.Sequential, "a sequential policy") ?? p.Sequential },
                Fields.TimeBarCutoff => p with { TimeBarCutoff = _in.Choice(field, Vocabulary.TimeBarCutoff, "a timeBarCutoff policy") ?? p.TimeBarCutoff },
                Fields.CreditNotesInGstr3b => p with { CreditNotesInGstr3b = _in.Choice(field, Vocabulary.CreditNotesInGstr3b, "a creditNotesInGstr3b policy") ?? p.CreditNotesInGstr3b },
                Fields.IneligibleAmendment => p with { IneligibleAmendment = _in.Choice(field, Vocabulary.IneligibleAmendment, "an ineligibleAmendment policy") ?? p.IneligibleAmendment },
                _ => Unknown(field, p),
            };
        }

        _policies = p;
    }

    private ImsPolicies Unknown(JsonPath field, ImsPolicies policies)
    {
        _in.Unknown(field);
        return policies;
    }
}
