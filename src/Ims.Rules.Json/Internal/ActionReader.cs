using System.Text.Json;
using NodaTime;

namespace Ims.Rules.Json.Internal;

/// <summary>Reads one element of <c>actions</c> into an <see cref="ImsAction"/>.</summary>
internal static class ActionReader
{
    /// <summary>Reads the action whose <c>{</c> is the current token.</summary>
    /// <param name="input">The input.</param>
    /// <param name="path">The action's path, <c>$.actions[0]</c>.</param>
    /// <returns>The action, or <see langword="null"/> when a required part is missing or wrong.</returns>
    public static ImsAction? Read(CaseInput input, JsonPath path)
    {
        var line = input.Line;
        if (!input.IsObject(path, "an IMS action"))
        {
            if (input.Tokens.TokenType == JsonTokenType.Null)
            {
                input.Error(JsonFindingCodes.Type, path, "expected an object (an IMS action), found null.");
            }

            return null;
        }

        var errors = input.ErrorCount;
        var first = input.Findings.Count;
        string? record = null;
        ActionKind? action = null;
        Instant? at = null;
        ItcReduction? reduction = null;
        string? remark = null;
        bool recordGiven = false, actionGiven = false, atGiven = false; // given a value other than null, even a wrong one
        while (input.NextProperty(path, out var name))
        {
            var field = path.Field(name);
            var given = input.Tokens.TokenType != JsonTokenType.Null;
            switch (name)
            {
                case Fields.Record: recordGiven |= given; record = input.RecordId(field); break;
                case Fields.Action: actionGiven |= given; action = input.Choice(field, Vocabulary.Action, "an IMS action"); break;
                case Fields.At: atGiven |= given; at = input.Instant(field); break;
                case Fields.ItcReduction: reduction = ReadReduction(input, field); break;
                case Fields.Remark: remark = input.String(field); break;
                default: input.Unknown(field); break;
            }
        }

        var complete = errors == input.ErrorCount;
        complete &= Require(input, recordGiven, path, Fields.Record, line, "the id of the record acted on.");
        complete &= Require(input, actionGiven, path, Fields.Action, line, "one of " + Vocabulary.Action.Expected + ".");
        complete &= Require(input, atGiven, path, Fields.At, line, "when the action was taken, " + IsoTime.ExpectedInstant + ".");
        input.Attribute(first, record);
        return complete
            ? new ImsAction { RecordId = record!, Action = action!.Value, At = at!.Value, ItcReduction = reduction, Remark = remark }
            : null;
    }

    private static bool Require(CaseInput input, bool given, JsonPath path, string name, int line, string what)
    {
        if (!given)
        {
            input.Missing(path.Field(name), line, what);
        }

        return given;
    }

    /// <summary><c>{"required": false}</c> is none, <c>{"required": true}</c> full, <c>required: true</c> with amounts partial.</summary>
    private static ItcReduction? ReadReduction(CaseInput input, JsonPath at)
    {
        var line = input.Line;
        if (!input.IsObject(at, "the ITC reduction declared with Accept"))
        {
            return null;
        }

        var parent = new JsonPath(at.ToString());
        bool? required = null;
        var requiredGiven = false;
        var amounts = false;
        decimal igst = 0, cgst = 0, sgst = 0, cess = 0;
        while (input.NextProperty(parent, out var name))
        {
            var field = parent.Field(name);
            switch (name)
            {
                case Fields.Required:
                    requiredGiven = input.Tokens.TokenType != JsonTokenType.Null;
                    required = input.Boolean(field);
                    break;
                case Fields.Igst: igst = input.Amount(field) ?? 0m; amounts = true; break;
                case Fields.Cgst: cgst = input.Amount(field) ?? 0m; amounts = true; break;
                case Fields.Sgst: sgst = input.Amount(field) ?? 0m; amounts = true; break;
                case Fields.Cess: cess = input.Amount(field) ?? 0m; amounts = true; break;
                default: input.Unknown(field); break;
            }
        }

        switch (required)
        {
            case null when requiredGiven:
                return null;
            case null:
                input.Missing(parent.Field(Fields.Required), line, "true (reduce ITC, fully or by the amounts given) or false (no reduction).");
                return null;
            case false when amounts:
                input.Report(JsonFindingCodes.Value, Ims.Rules.Severity.Error, at, line, "amounts are given with \"required\": false; a reduction with amounts needs \"required\": true.");
                return null;
            case false:
                return ItcReduction.None;
            case true:
                return amounts ? ItcReduction.Partial(new TaxAmounts(igst, cgst, sgst, cess)) : ItcReduction.Full;
        }
    }
}
