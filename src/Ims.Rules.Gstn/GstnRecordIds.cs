using System;
using Ims.Rules.Gstn.Internal;

namespace Ims.Rules.Gstn;

/// <summary>
/// The deterministic record ids the readers give portal documents:
/// <c>section/party/number</c>, such as <c>b2b/24MAYAS0100J1JD/b1</c>, <c>cdnr/01AAAAP1208Q1ZS/533515</c>
/// or <c>impg/18272A/2566282</c>. The party is the supplier's GSTIN as written, or the port code
/// for a bill of entry. A case whose ids follow this scheme round-trips through
/// <see cref="Gstr2bWriter"/> and <see cref="Gstr2bReader"/> with the same ids.
/// </summary>
public static class GstnRecordIds
{
    /// <summary>The id of a document of the IMS invoice data.</summary>
    /// <param name="section">The IMS section.</param>
    /// <param name="supplierGstin">The supplier's GSTIN (<c>stin</c>) as written.</param>
    /// <param name="number">The document number (<c>inum</c> or <c>nt_num</c>).</param>
    /// <returns>The id, such as <c>b2bcn/29AABCT1332L1ZA/CN-7</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="supplierGstin"/> or <paramref name="number"/> is null.</exception>
    public static string ForIms(ImsSection section, string supplierGstin, string number)
    {
        ArgumentNullException.ThrowIfNull(supplierGstin);
        ArgumentNullException.ThrowIfNull(number);
        return Join(SectionKeys.Of(section), supplierGstin, number);
    }

    /// <summary>The id of a document of a GSTR-2B statement.</summary>
    /// <param name="section">The GSTR-2B section.</param>
    /// <param name="party">The supplier's GSTIN (<c>ctin</c>) as written, or for a bill of entry its port code.</param>
    /// <param name="number">The document number (<c>inum</c>, <c>ntnum</c>, <c>docnum</c> or <c>boenum</c>).</param>
    /// <returns>The id, such as <c>cdnr/01AAAAP1208Q1ZS/533515</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> or <paramref name="number"/> is null.</exception>
    public static string ForStatement(Section section, string party, string number)
    {
        ArgumentNullException.ThrowIfNull(party);
        ArgumentNullException.ThrowIfNull(number);
        return Join(SectionKeys.Of(section), party, number);
    }

    private static string Join(string section, string party, string number) => section + "/" + party + "/" + number;
}
