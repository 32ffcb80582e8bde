namespace Ims.Rules.Engine;

/// <summary>The catalogue rule IDs the engine cites (see <c>docs/rules.md</c>).</summary>
internal static class RuleIds
{
    public const string R1 = "R1";
    public const string R3 = "R3";
    public const string R4 = "R4";
    public const string R6 = "R6";
    public const string R7 = "R7";
    public const string R9 = "R9";
    public const string R10 = "R10";
    public const string R11 = "R11";
    public const string R12 = "R12";
    public const string R13 = "R13";
    public const string R14 = "R14";
    public const string R15 = "R15";
    public const string R17 = "R17";
    public const string R18 = "R18";
    public const string R22 = "R22";
    public const string R24 = "R24";
    public const string R25 = "R25";
    public const string R26 = "R26";
    public const string R27 = "R27";
    public const string R28 = "R28";
    public const string R29 = "R29";
    public const string R30 = "R30";
    public const string R31 = "R31";
    public const string R32 = "R32";
    public const string R33 = "R33";
    public const string R34 = "R34";
    public const string R35 = "R35";
    public const string R36 = "R36";
    public const string R37 = "R37";
    public const string R39 = "R39";
    public const string R40 = "R40";
    public const string R41 = "R41";
    public const string R42 = "R42";
    public const string R43 = "R43";
    public const string R45 = "R45";
    public const string R51 = "R51";
    public const string R52 = "R52";
    public const string R53 = "R53";
    public const string R54 = "R54";
}
