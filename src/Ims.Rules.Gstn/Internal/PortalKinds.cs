using System.Linq;
using System.Text.Json;

namespace Ims.Rules.Gstn.Internal;

/// <summary>Tells the portal's two downloads apart by their top-level fields, to say what a file of the wrong kind is.</summary>
internal static class PortalKinds
{
    /// <summary>Whether <paramref name="root"/> looks like a GSTR-2B download: <c>rtnprd</c> with <c>docdata</c>, under <c>data</c> or bare.</summary>
    public static bool IsGstr2b(JsonElement root)
    {
        var data = PortalReader.TryGet(root, "data", out var wrapped) ? wrapped : root;
        return data.ValueKind == JsonValueKind.Object
            && (PortalReader.TryGet(data, "docdata", out _) || PortalReader.TryGet(data, "docRejdata", out _) || PortalReader.TryGet(data, "itcsumm", out _));
    }

    /// <summary>Whether <paramref name="root"/> looks like IMS invoice data: an IMS section, bare or under <c>imsDetails</c>.</summary>
    public static bool IsImsData(JsonElement root)
    {
        var body = PortalReader.TryGet(root, "imsDetails", out var details) ? details : root;
        return body.ValueKind == JsonValueKind.Object
            && SectionKeys.ImsOrder.Any(section => PortalReader.TryGet(body, SectionKeys.Of(section), out _));
    }
}
