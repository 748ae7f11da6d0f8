namespace Pamphlet.Text.Bidi;

/// <summary>The groups of bidi classes the rules of UAX #9 name.</summary>
internal static class BidiClassSets
{
    public static bool IsIsolateInitiator(BidiClass c) => c is BidiClass.LRI or BidiClass.RLI or BidiClass.FSI;

    public static bool IsIsolateControl(BidiClass c) => IsIsolateInitiator(c) || c == BidiClass.PDI;

    /// <summary>Characters rule X9 removes: embedding and override controls, PDF and boundary neutrals.</summary>
    public static bool IsRemovedByX9(BidiClass c) =>
        c is BidiClass.LRE or BidiClass.RLE or BidiClass.LRO or BidiClass.RLO or BidiClass.PDF or BidiClass.BN;

    /// <summary>Neutral and isolate formatting characters (NI) for rules N1–N2.</summary>
    public static bool IsNeutralOrIsolate(BidiClass c) =>
        c is BidiClass.B or BidiClass.S or BidiClass.WS or BidiClass.ON || IsIsolateControl(c);

    /// <summary>Characters that rule L1 resets to the paragraph level when they trail a line or precede S/B.</summary>
    public static bool IsResetBeforeSeparator(BidiClass c) =>
        c == BidiClass.WS || IsIsolateControl(c) || IsRemovedByX9(c);

    /// <summary>The strong direction a resolved type counts as in N0–N1 (numbers count as R); null for neutrals.</summary>
    public static BidiClass? StrongDirection(BidiClass c) => c switch
    {
        BidiClass.L => BidiClass.L,
        BidiClass.R or BidiClass.AL or BidiClass.EN or BidiClass.AN => BidiClass.R,
        _ => null,
    };

    public static BidiClass DirectionOfLevel(int level) => (level & 1) == 0 ? BidiClass.L : BidiClass.R;
}
