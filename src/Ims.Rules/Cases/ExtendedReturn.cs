namespace Ims.Rules;

/// <summary>A return whose due date a notification can extend; the key prefix in case files is in brackets.</summary>
public enum ExtendedReturn
{
    /// <summary>GSTR-1 (<c>gstr1</c>): moves the end of the 12th–11th window (or the quarterly 13th).</summary>
    Gstr1,

    /// <summary>IFF (<c>iff</c>): moves the end of the 14th–13th window.</summary>
    Iff,

    /// <summary>GSTR-5 (<c>gstr5</c>): moves the end of the 14th–13th window.</summary>
    Gstr5,

    /// <summary>GSTR-6 (<c>gstr6</c>): moves the end of the 14th–13th window.</summary>
    Gstr6,

    /// <summary>GSTR-3B (<c>gstr3b</c>): moves the due date, and every Pending deadline tied to it (R25).</summary>
    Gstr3b,
}
