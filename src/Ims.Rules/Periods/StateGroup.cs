
namespace Ims.Rules;

/// <summary>
/// The two groups of states whose quarterly (QRMP) GSTR-3B falls due on different days:
/// the 22nd (<see cref="A"/>) or the 24th (<see cref="B"/>) of the month after the quarter.
/// </summary>
public enum StateGroup
{
    /// <summary>Due on the 22nd: Chhattisgarh, Madhya Pradesh, Gujarat, Maharashtra, Karnataka, Goa, Kerala, Tamil Nadu, Telangana, Andhra Pradesh and the western and southern Union territories.</summary>
    A,

    /// <summary>Due on the 24th: the northern and eastern states and Union territories.</summary>
    B,
}

/// <summary>Which <see cref="StateGroup"/> a state belongs to.</summary>
public static class StateGroups
{
    /// <summary>The group of a state, per the notification that split the QRMP GSTR-3B due dates.</summary>
    /// <param name="state">The state of the registration.</param>
    /// <returns><see cref="StateGroup.A"/> for states 22–37 except 28 (and 97), otherwise <see cref="StateGroup.B"/>.</returns>
    public static StateGroup Of(StateCode state) => state.Value switch
    {
        (>= 22 and <= 27) or (>= 29 and <= 37) or 97 => StateGroup.A,
        _ => StateGroup.B,
    };
}
