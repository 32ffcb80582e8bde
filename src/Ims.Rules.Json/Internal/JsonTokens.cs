using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Ims.Rules.Json.Internal;

/// <summary>
/// A forward-only stream of JSON tokens over a <see cref="Stream"/> or a byte array, with the
/// line of every token. Holds only a window of the input (it grows only for a single token
/// larger than the window), so a file of any size reads in constant memory.
/// </summary>
/// <remarks>
/// <see cref="Utf8JsonReader"/> is a ref struct and cannot live across calls, and making one
/// per token costs more than reading the token: one reader is made over the unread window,
/// resuming from the saved <see cref="JsonReaderState"/>, and reads a batch of tokens ahead
/// (their type, their line and where their value lies in the window), which are then handed
/// out one at a time. Syntax errors surface as <see cref="JsonException"/> with the reader's line
/// number, when the token they stop is asked for, so the parser sees them where it would
/// have met them.
/// <para>
/// A large seekable stream is tokenized on a second thread (<see cref="Pipeline"/>) while the parser works on the
/// tokens already read: the two halves of reading then run on two cores, in the same order, with the same tokens,
/// lines and errors as on one.
/// </para>
/// <para>
/// The items of an array can also be read ahead as runs of tokens (<see cref="ReadItems"/>) and each run read again
/// elsewhere (<see cref="ItemRun.Replay"/>), so that the records of a large file are turned into records on several
/// threads; the batches a run points into are then held until it has been read (<see cref="HoldBatches"/>).
/// </para>
/// </remarks>
internal sealed class JsonTokens : IDisposable
{
    /// <summary>The size from which a stream is tokenized on a second thread: below it, starting one costs more than it saves.</summary>
    internal const long PipelineFrom = 8L << 20;

    private readonly Tokenizer? _tokenizer;
    private readonly Pipeline? _pipeline;
    private readonly ItemRun? _replay;
    private readonly Queue<Batch> _held = [];
    private byte[] _buffer;
    private Batch _batch;
    private int _next;
    private int _end;
    private int _segment;
    private long _sequence;
    private bool _holding;
    private int _valueStart;
    private int _valueLength;
    private bool _escaped;

    public JsonTokens(Stream stream, int windowSize = 64 * 1024)
    {
        var remaining = stream.CanSeek ? stream.Length - stream.Position : 0;
        var pipelined = remaining >= PipelineFrom;
        _tokenizer = new Tokenizer(stream, pipelined ? Pipeline.WindowSize : windowSize, pipelined);
        _buffer = [];
        _batch = Batch.Empty;
        _pipeline = pipelined ? new Pipeline(_tokenizer) : null;
    }

    public JsonTokens(byte[] data)
    {
        _tokenizer = new Tokenizer(data);
        _buffer = data;
        _batch = Batch.Empty;
    }

    /// <summary>The tokens of a run read ahead, then its failure if it has one.</summary>
    private JsonTokens(ItemRun run)
    {
        _replay = run;
        _buffer = [];
        _batch = Batch.Empty;
    }

    /// <summary>Whether the items of an array can be read ahead as runs (<see cref="ReadItems"/>): on two-thread reading only.</summary>
    public bool CanReadItemsAhead => _pipeline is not null;

    /// <summary>
    /// While set, the batches read past are held (not handed back to the tokenizer), because runs read ahead point
    /// into them; <see cref="ReleaseHeld"/> hands them back once those runs have been read. Clearing it hands back all.
    /// </summary>
    public bool HoldBatches
    {
        get => _holding;
        set
        {
            _holding = value;
            if (!value)
            {
                ReleaseHeld(long.MaxValue);
            }
        }
    }

    /// <summary>The type of the current token.</summary>
    public JsonTokenType TokenType { get; private set; } = JsonTokenType.None;

    /// <summary>The 1-based line on which the current token starts.</summary>
    public int Line { get; private set; } = 1;

    /// <summary>Moves to the next token.</summary>
    /// <returns><see langword="false"/> at the end of the input.</returns>
    /// <exception cref="JsonException">The input is not valid JSON.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public bool Read()
    {
        while (_next == _end)
        {
            if (_replay is { } run)
            {
                if (_segment < run.Segments.Count)
                {
                    (_batch, _next, _end) = run.Segments[_segment++];
                    _buffer = _batch.Buffer;
                    continue;
                }

                if (run.Failure is { } stopped)
                {
                    ExceptionDispatchInfo.Throw(stopped);
                }

                TokenType = JsonTokenType.None;
                return false;
            }

            if (_batch.Failure is { } failure)
            {
                ExceptionDispatchInfo.Throw(failure);
            }

            if (_batch.IsLast)
            {
                TokenType = JsonTokenType.None;
                return false;
            }

            NextBatch();
        }

        var token = _batch.Tokens[_next++];
        TokenType = token.Type;
        Line = token.Line;
        _valueStart = token.ValueStart;
        _valueLength = token.ValueLength;
        _escaped = token.Escaped;
        return true;
    }

    /// <summary>Stops the second thread, if there is one, before the stream is given back.</summary>
    public void Dispose() => _pipeline?.Dispose();

    private void NextBatch()
    {
        var done = _batch;
        _batch = _pipeline is { } pipeline ? pipeline.Take() : _tokenizer!.Next(done == Batch.Empty ? null : done);
        _batch.Sequence = ++_sequence;
        if (_pipeline is { } used && done != Batch.Empty)
        {
            if (_holding)
            {
                _held.Enqueue(done);
            }
            else
            {
                used.Release(done, stillUsed: _batch.Buffer);
            }
        }

        _buffer = _batch.Buffer;
        _next = 0;
        _end = _batch.Count;
    }

    /// <summary>Hands back the held batches read before the one numbered <paramref name="before"/>.</summary>
    /// <param name="before">The sequence number of the first batch still needed (<see cref="ItemRun.FirstBatch"/>).</param>
    public void ReleaseHeld(long before)
    {
        while (_held.Count > 0 && _held.Peek().Sequence < before)
        {
            var done = _held.Dequeue();
            _pipeline!.Release(done, stillUsed: _held.Count > 0 ? _held.Peek().Buffer : _batch.Buffer);
        }
    }

    /// <summary>
    /// Reads up to <paramref name="max"/> items of the current array ahead, as a run of their tokens, stopping after the
    /// last item or at the array's end (which is read). Whatever stops the reading (a syntax error, a name given twice,
    /// a failed stream) is kept in the run, after the tokens before it, to be met where a reader of the run meets it.
    /// </summary>
    /// <param name="max">The most items in the run.</param>
    /// <returns>The run.</returns>
    public ItemRun ReadItems(int max)
    {
        var run = new ItemRun { FirstBatch = _next < _end ? _batch.Sequence : _sequence + 1 };
        try
        {
            while (run.Count < max)
            {
                if (!Read() || TokenType == JsonTokenType.EndArray)
                {
                    run.ArrayEnded = true;
                    break;
                }

                run.Add(_batch, _next - 1, _next);
                var depth = Depth(TokenType);
                while (depth > 0)
                {
                    // The rest of the item inside this batch, counted where the tokens lie rather than handed out one by one.
                    var tokens = _batch.Tokens;
                    var i = _next;
                    for (; depth > 0 && i < _end; i++)
                    {
                        depth += Depth(tokens[i].Type);
                    }

                    run.Add(_batch, _next, i);
                    _next = i;
                    if (depth > 0)
                    {
                        if (!Read())
                        {
                            break;
                        }

                        run.Add(_batch, _next - 1, _next);
                        depth += Depth(TokenType);
                    }
                }

                run.Count++;
            }
        }
#pragma warning disable CA1031 // Whatever stops the reading is met again, in order, by the run's reader.
        catch (Exception e)
#pragma warning restore CA1031
        {
            run.Failure = e;
        }

        run.Close();
        return run;
    }

    private static int Depth(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject or JsonTokenType.StartArray => 1,
        JsonTokenType.EndObject or JsonTokenType.EndArray => -1,
        _ => 0,
    };

    /// <summary>Skips the current value: for an object or array, everything up to its end.</summary>
    public void Skip()
    {
        if (TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        var depth = 1;
        while (depth > 0 && Read())
        {
            depth += TokenType switch
            {
                JsonTokenType.StartObject or JsonTokenType.StartArray => 1,
                JsonTokenType.EndObject or JsonTokenType.EndArray => -1,
                _ => 0,
            };
        }
    }

    /// <summary>The bytes of the current string, property name or number as they stand in the input, escapes and all.</summary>
    public ReadOnlySpan<byte> ValueSpan => _buffer.AsSpan(_valueStart, _valueLength);

    /// <summary>Whether the current string or property name holds escapes, so that <see cref="ValueSpan"/> is not its text.</summary>
    public bool ValueIsEscaped => _escaped;

    /// <summary>The current string or property name.</summary>
    /// <returns>The text, unescaped.</returns>
    /// <exception cref="JsonException">The text is not valid UTF-8.</exception>
    public string GetString()
    {
        var raw = _buffer.AsSpan(_valueStart, _valueLength);
        try
        {
            return _escaped ? Unescape(_buffer.AsSpan(_valueStart - 1, _valueLength + 2)) : Strict.GetString(raw);
        }
        catch (Exception e) when (e is DecoderFallbackException or InvalidOperationException)
        {
            throw new JsonException("The text is not valid UTF-8.", null, Line - 1, null, e);
        }
    }

    /// <summary>The current property name, as the known spelling when it is one (no allocation).</summary>
    /// <param name="known">Known names.</param>
    /// <returns>The name.</returns>
    public string GetName(NameTable known)
    {
        if (!_escaped && known.Find(_buffer.AsSpan(_valueStart, _valueLength)) is { } name)
        {
            return name;
        }

        var text = GetString();
        return known.Find(Encoding.UTF8.GetBytes(text)) ?? text;
    }

    /// <summary>The current number as a decimal.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether it fits a decimal.</returns>
    public bool TryGetDecimal(out decimal value)
    {
        if (PlainDecimal.TryParse(ValueSpan, out value))
        {
            return true;
        }

        var reader = new Utf8JsonReader(_buffer.AsSpan(_valueStart, _valueLength), isFinalBlock: true, state: default);
        reader.Read();
        return reader.TryGetDecimal(out value);
    }

    /// <summary>The raw text of the current number, for messages.</summary>
    /// <returns>The number as written.</returns>
    public string RawNumber()
    {
        var shown = Encoding.UTF8.GetString(_buffer, _valueStart, Math.Min(_valueLength, IsoTime.QuotedLength));
        return _valueLength <= IsoTime.QuotedLength
            ? shown
            : shown + string.Create(System.Globalization.CultureInfo.InvariantCulture, $"… ({_valueLength} characters)");
    }

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static string Unescape(ReadOnlySpan<byte> quoted)
    {
        var reader = new Utf8JsonReader(quoted, isFinalBlock: true, state: default);
        reader.Read();
        return reader.GetString() ?? string.Empty;
    }

    /// <summary>
    /// Items of an array read ahead (<see cref="ReadItems"/>): the runs of tokens they are, in the batches they were read
    /// in, and what stopped the reading, if anything.
    /// </summary>
    internal sealed class ItemRun
    {
        private Batch? _batch;
        private int _from;
        private int _to;

        /// <summary>The tokens, as batch and range [from, to); complete once the run is read (<see cref="Close"/>).</summary>
        internal List<(Batch Batch, int From, int To)> Segments { get; } = [];

        /// <summary>How many items the run holds (the last may be cut short by <see cref="Failure"/>).</summary>
        public int Count { get; set; }

        /// <summary>Whether the array's end was read: no item follows the run.</summary>
        public bool ArrayEnded { get; set; }

        /// <summary>What stopped the reading, met after the run's tokens.</summary>
        public Exception? Failure { get; set; }

        /// <summary>The sequence number of the first batch the run points into.</summary>
        public long FirstBatch { get; set; }

        /// <summary>The run's tokens as a token stream of their own, which ends (or fails) where the run does.</summary>
        /// <returns>The tokens.</returns>
        public JsonTokens Replay() => new(this);

        /// <summary>Adds the tokens [from, to) of <paramref name="batch"/>, the ones after the last added.</summary>
        internal void Add(Batch batch, int from, int to)
        {
            if (from == to)
            {
                return;
            }

            if (batch == _batch && from == _to)
            {
                _to = to;
                return;
            }

            Close();
            (_batch, _from, _to) = (batch, from, to);
        }

        /// <summary>Ends the segment being added to.</summary>
        internal void Close()
        {
            if (_batch is { } batch)
            {
                Segments.Add((batch, _from, _to));
                _batch = null;
            }
        }
    }

    /// <summary>A token read ahead: its type, line, and where its value lies in the window.</summary>
    internal readonly record struct Token(JsonTokenType Type, int Line, int ValueStart, int ValueLength, bool Escaped);

    /// <summary>
    /// Tokens read ahead, in the window they point into, then what stopped the reading, if anything (a syntax error,
    /// a name given twice, a failed stream): thrown when the tokens before it have been handed out.
    /// </summary>
    internal sealed class Batch(Token[] tokens)
    {
        public static readonly Batch Empty = new([]);

        /// <summary>The batch's number in the order the parser read them (0 for none).</summary>
        public long Sequence { get; set; }

        public Token[] Tokens { get; } = tokens;

        public int Count { get; set; }

        public byte[] Buffer { get; set; } = [];

        public Exception? Failure { get; set; }

        public bool IsLast { get; set; }
    }

    /// <summary>
    /// Reads tokens from the input with one <see cref="Utf8JsonReader"/> resumed window by window, with the line of
    /// each token and the names of every open object. Shared by the one-thread and the two-thread reading.
    /// </summary>
    private sealed class Tokenizer
    {
        private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

        private readonly Stream? _stream;
        private readonly ObjectNames _names = new();
        private readonly Func<int, byte[]>? _freshWindow;
        private readonly int _batchSize;
        private byte[] _buffer;
        private int _start;
        private int _end;
        private bool _final;
        private bool _bomChecked;
        private bool _done;
        private JsonReaderState _state;
        private int _countedTo;
        private int _newlines;

        public Tokenizer(Stream stream, int windowSize, bool pipelined)
        {
            _stream = stream;
            _buffer = new byte[Math.Max(windowSize, 16)];
            _batchSize = pipelined ? Pipeline.BatchSize : 256;
            _freshWindow = pipelined ? size => Pipeline.Window(this, size) : null;
            if (pipelined)
            {
                FreeWindows = [];
                FreeTokens = [];
            }
        }

        public Tokenizer(byte[] data)
        {
            _buffer = data;
            _end = data.Length;
            _final = true;
            _batchSize = 256;
        }

        /// <summary>Windows handed back by the parser, for the next ones (two-thread reading only).</summary>
        public ConcurrentBag<byte[]>? FreeWindows { get; }

        /// <summary>Token arrays handed back by the parser (two-thread reading only).</summary>
        public ConcurrentBag<Token[]>? FreeTokens { get; }

        /// <summary>The next batch: up to a batch of tokens, then the failure that stopped the reading, or the end.</summary>
        /// <param name="reuse">A batch the parser is done with (one-thread reading), or <see langword="null"/>.</param>
        public Batch Next(Batch? reuse = null)
        {
            var batch = reuse ?? new Batch(FreeTokens is { } free && free.TryTake(out var tokens) ? tokens : new Token[_batchSize]);
            batch.Count = 0;
            batch.Failure = null;
            if (_done)
            {
                batch.IsLast = true;
                batch.Buffer = _buffer;
                return batch;
            }

            try
            {
                while (true)
                {
                    if (!_bomChecked && !_final && _end - _start < Bom.Length)
                    {
                        Fill();
                        continue;
                    }

                    SkipBom();
                    ReadBatch(batch);
                    if (batch.Count > 0 || batch.Failure is not null)
                    {
                        break;
                    }

                    if (_final)
                    {
                        batch.IsLast = true;
                        break;
                    }

                    Fill();
                }
            }
            catch (IOException e)
            {
                batch.Failure = e;
            }

            _done = batch.Failure is not null || batch.IsLast;
            batch.Buffer = _buffer;
            return batch;
        }

        /// <summary>Reads as many whole tokens as the window holds, up to a batch; a syntax error ends the batch and is kept.</summary>
        private void ReadBatch(Batch batch)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
            var tokens = batch.Tokens;
            var count = 0;
            try
            {
                while (count < _batchSize && reader.Read())
                {
                    tokens[count++] = Capture(ref reader);
                }
            }
            catch (JsonException e)
            {
                batch.Failure = e;
            }

            batch.Count = count;
            _state = reader.CurrentState;
            _start += (int)reader.BytesConsumed;
        }

        private Token Capture(ref Utf8JsonReader reader)
        {
            CountLinesTo(_start + (int)reader.TokenStartIndex);
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    _names.Open();
                    break;
                case JsonTokenType.EndObject:
                    _names.Close();
                    break;
                case JsonTokenType.PropertyName when !_names.Add(reader.ValueIsEscaped ? Encoding.UTF8.GetBytes(reader.GetString() ?? string.Empty) : reader.ValueSpan):
                    throw new DuplicateNameException(reader.GetString() ?? string.Empty, _newlines + 1);
                default:
                    break;
            }

            if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName or JsonTokenType.Number))
            {
                return new Token(reader.TokenType, _newlines + 1, 0, 0, Escaped: false);
            }

            _buffer.AsSpan().Overlaps(reader.ValueSpan, out var valueStart);
            return new Token(reader.TokenType, _newlines + 1, valueStart, reader.ValueSpan.Length, reader.ValueIsEscaped);
        }

        private void SkipBom()
        {
            if (_bomChecked)
            {
                return;
            }

            _bomChecked = true;
            if (_buffer.AsSpan(_start, _end - _start).StartsWith(Bom))
            {
                _start += Bom.Length;
                _countedTo = _start;
            }
        }

        private void CountLinesTo(int index)
        {
            _newlines += _buffer.AsSpan(_countedTo, index - _countedTo).Count((byte)'\n');
            _countedTo = index;
        }

        /// <summary>
        /// Moves the unread rest of the window to the start of a window and reads more after it. On one thread the window is
        /// reused; on two, the tokens handed out still point into it, so the rest goes to a fresh window.
        /// </summary>
        private void Fill()
        {
            if (_stream is null)
            {
                _final = true;
                return;
            }

            CountLinesTo(_start);
            var remaining = _end - _start;
            var size = remaining == _buffer.Length ? _buffer.Length * 2 : _buffer.Length;
            if (_freshWindow is { } fresh)
            {
                var window = fresh(size);
                Buffer.BlockCopy(_buffer, _start, window, 0, remaining);
                _buffer = window;
            }
            else
            {
                if (_start > 0)
                {
                    Buffer.BlockCopy(_buffer, _start, _buffer, 0, remaining);
                }

                if (size > _buffer.Length)
                {
                    Array.Resize(ref _buffer, size);
                }
            }

            _start = 0;
            _end = remaining;
            _countedTo = 0;
            var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _final = true;
            }

            _end += read;
        }
    }

    /// <summary>
    /// The tokenizer on a second thread, a few batches ahead of the parser. Windows and token arrays go back and forth,
    /// so reading a file of any size uses a handful of each.
    /// </summary>
    private sealed class Pipeline : IDisposable
    {
        public const int WindowSize = 1 << 20;
        public const int BatchSize = 4096;

        private readonly BlockingCollection<Batch> _ready = new(boundedCapacity: 16);
        private readonly CancellationTokenSource _stop = new();
        private readonly Thread _thread;
        private readonly Tokenizer _tokenizer;
        private bool _disposed;

        public Pipeline(Tokenizer tokenizer)
        {
            _tokenizer = tokenizer;
            _thread = new Thread(Produce) { IsBackground = true, Name = "ims-rules JSON tokenizer" };
            _thread.Start();
        }

        /// <summary>A window of at least <paramref name="size"/> bytes: a free one when there is one.</summary>
        public static byte[] Window(Tokenizer tokenizer, int size) =>
            tokenizer.FreeWindows!.TryTake(out var window) && window.Length >= size ? window : new byte[size];

        public Batch Take() => _ready.Take();

        /// <summary>Hands back a batch the parser is done with, and its window unless the next batch still uses it.</summary>
        public void Release(Batch batch, byte[] stillUsed)
        {
            if (batch.Tokens.Length == BatchSize)
            {
                _tokenizer.FreeTokens!.Add(batch.Tokens);
            }

            if (!ReferenceEquals(batch.Buffer, stillUsed))
            {
                _tokenizer.FreeWindows!.Add(batch.Buffer);
            }
        }

        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _stop.Cancel();
            _thread.Join();
            _stop.Dispose();
            _ready.Dispose();
        }

        private void Produce()
        {
            try
            {
                while (true)
                {
                    var batch = _tokenizer.Next();
                    _ready.Add(batch, _stop.Token);
                    if (batch.IsLast || batch.Failure is not null)
                    {
                        return;
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // The parser stopped early: nothing more is wanted.
            }
#pragma warning disable CA1031 // Whatever stops the tokenizer reaches the parser, in order, as the failure of a last batch.
            catch (Exception e)
#pragma warning restore CA1031
            {
                var failed = new Batch([]) { Failure = e };
                try
                {
                    _ready.Add(failed, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    // The parser stopped early.
                }
            }
        }
    }
}
