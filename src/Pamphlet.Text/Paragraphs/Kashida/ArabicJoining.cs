using System.Globalization;

namespace Pamphlet.Text.Paragraphs.Kashida;

/// <summary>How a character joins its neighbours in cursive Arabic (Unicode's Joining_Type).</summary>
internal enum JoiningType
{
    /// <summary>Joins neither neighbour (hamza, digits, punctuation, every non-Arabic character).</summary>
    NonJoining,
    /// <summary>Joins the letter before it only (alef, dal, reh, waw, teh marbuta).</summary>
    RightJoining,
    /// <summary>Joins the letter after it only.</summary>
    LeftJoining,
    /// <summary>Joins both neighbours (beh, seen, lam, heh, yeh…).</summary>
    DualJoining,
    /// <summary>Makes both neighbours join it (tatweel, zero-width joiner).</summary>
    JoinCausing,
    /// <summary>Invisible to joining (harakat and other marks): the letters around it join through it.</summary>
    Transparent,
}

/// <summary>The joining groups the kashida rules (<see cref="KashidaPoints"/>) name; every other letter is <see cref="Other"/>.</summary>
internal enum KashidaGroup
{
    Other,
    /// <summary>Seen, sheen, sad, dad and their variants.</summary>
    SeenSad,
    /// <summary>Heh, teh marbuta, dal, thal and their variants.</summary>
    HehDal,
    Alef,
    Lam,
    /// <summary>Tah, zah, kaf, gaf and their variants.</summary>
    TahKafGaf,
    /// <summary>Beh, teh, theh, noon: letters whose medial form is a tooth.</summary>
    BehNoon,
    /// <summary>Yeh, alef maksura, Farsi yeh, yeh barree.</summary>
    Yeh,
    /// <summary>Reh and zain.</summary>
    Reh,
    /// <summary>Waw, ain, ghain, qaf, feh and their variants.</summary>
    WawAinQafFeh,
}

/// <summary>
/// Unicode's joining types and the kashida rules' joining groups of the Arabic blocks
/// (<see cref="ArabicJoiningData"/>, generated from ArabicShaping.txt). Outside them, as ArabicShaping.txt
/// has it: the zero-width joiner is join-causing, the zero-width non-joiner non-joining, other marks and
/// format characters transparent, everything else non-joining.
/// </summary>
internal static class ArabicJoining
{
    private const char ZeroWidthNonJoiner = '\u200C';
    private const char ZeroWidthJoiner = '\u200D';

    public static JoiningType TypeOf(char c)
    {
        var index = c - ArabicJoiningData.First;
        if (index >= 0 && index < ArabicJoiningData.Types.Length)
        {
            return ArabicJoiningData.Types[index] switch
            {
                'R' => JoiningType.RightJoining,
                'L' => JoiningType.LeftJoining,
                'D' => JoiningType.DualJoining,
                'C' => JoiningType.JoinCausing,
                'T' => JoiningType.Transparent,
                _ => JoiningType.NonJoining,
            };
        }
        if (c == ZeroWidthJoiner) return JoiningType.JoinCausing;
        if (c == ZeroWidthNonJoiner) return JoiningType.NonJoining;
        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
            ? JoiningType.Transparent
            : JoiningType.NonJoining;
    }

    public static KashidaGroup GroupOf(char c)
    {
        var index = c - ArabicJoiningData.First;
        if (index < 0 || index >= ArabicJoiningData.Groups.Length) return KashidaGroup.Other;
        return ArabicJoiningData.Groups[index] switch
        {
            'S' => KashidaGroup.SeenSad,
            'H' => KashidaGroup.HehDal,
            'A' => KashidaGroup.Alef,
            'L' => KashidaGroup.Lam,
            'K' => KashidaGroup.TahKafGaf,
            'B' => KashidaGroup.BehNoon,
            'Y' => KashidaGroup.Yeh,
            'R' => KashidaGroup.Reh,
            'W' => KashidaGroup.WawAinQafFeh,
            _ => KashidaGroup.Other,
        };
    }

    /// <summary>Whether a character of this type connects to the letter after it (in reading order).</summary>
    public static bool JoinsFollowing(JoiningType type) => type is JoiningType.DualJoining or JoiningType.LeftJoining or JoiningType.JoinCausing;

    /// <summary>Whether a character of this type connects to the letter before it (in reading order).</summary>
    public static bool JoinsPreceding(JoiningType type) => type is JoiningType.DualJoining or JoiningType.RightJoining or JoiningType.JoinCausing;
}
