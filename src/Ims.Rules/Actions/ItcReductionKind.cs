namespace Ims.Rules;

/// <summary>The answer to "Whether ITC needs to be reduced?" when accepting a credit note or a downward amendment (R26).</summary>
public enum ItcReductionKind
{
    /// <summary>Yes, by the record's full tax (the default).</summary>
    Full,

    /// <summary>Yes, by the declared amount per head.</summary>
    Partial,

    /// <summary>No: the ITC was never availed or was already reversed.</summary>
    None,
}
