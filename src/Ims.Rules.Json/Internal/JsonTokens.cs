using System;
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
/// </remarks>
internal sealed class JsonTokens
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];
    private const int BatchSize = 256;

    private readonly Stream? _stream;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _final;
    private bool _bomChecked;
    private JsonReaderState _state;
    private int _countedTo;
    private int _newlines;
    private int _valueStart;
    private int _valueLength;
    private bool _escaped;

    // Tokens read ahead from the window: _ahead[_next.._count] are yet to be handed out, then _failure is thrown.
    private readonly Token[] _ahead = new Token[BatchSize];
    private int _next;
    private int _count;
    private JsonException? _failure;
    private readonly ObjectNames _names = new();

    public JsonTokens(Stream stream, int windowSize = 64 * 1024)
    {
        _stream = stream;
        _buffer = new byte[Math.Max(windowSize, 16)];
    }

    public JsonTokens(byte[] data)
    {
        _buffer = data;
        _end = data.Length;
        _final = true;
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
        if (_next == _count && !ReadAhead())
        {
            TokenType = JsonTokenType.None;
            return false;
        }

        var token = _ahead[_next++];
        TokenType = token.Type;
        Line = token.Line;
        _valueStart = token.ValueStart;
        _valueLength = token.ValueLength;
        _escaped = token.Escaped;
        return true;
    }

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

    /// <summary>Reads the next batch of tokens, filling the window as needed.</summary>
    /// <returns><see langword="false"/> at the end of the input.</returns>
    private bool ReadAhead()
    {
        _next = 0;
        _count = 0;
        while (_failure is null)
        {
            if (!_bomChecked && !_final && _end - _start < Bom.Length)
            {
                Fill();
                continue;
            }

            SkipBom();
            ReadBatch();
            if (_count > 0)
            {
                return true; // a syntax error met after them waits for the next call
            }

            if (_failure is not null)
            {
                break;
            }

            if (_final)
            {
                return false;
            }

            Fill();
        }

        throw _failure;
    }

    /// <summary>Reads as many whole tokens as the window holds, up to a batch; a syntax error ends the batch and is kept.</summary>
    private void ReadBatch()
    {
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
        try
        {
            while (_count < _ahead.Length && reader.Read())
            {
                _ahead[_count++] = Capture(ref reader);
            }
        }
        catch (JsonException e)
        {
            _failure = e;
        }

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

    /// <summary>A token read ahead: its type, line, and where its value lies in the window.</summary>
    private readonly record struct Token(JsonTokenType Type, int Line, int ValueStart, int ValueLength, bool Escaped);

    private void Fill()
    {
        if (_stream is null)
        {
            _final = true;
            return;
        }

        CountLinesTo(_start);
        var remaining = _end - _start;
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, remaining);
        }

        _start = 0;
        _end = remaining;
        _countedTo = 0;
        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _final = true;
        }

        _end += read;
    }
}
