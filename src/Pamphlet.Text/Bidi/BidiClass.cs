namespace Pamphlet.Text.Bidi;

/// <summary>The Bidi_Class property of UAX #9 (table 4). The order matches the generated <c>BidiData</c> table.</summary>
public enum BidiClass : byte
{
    L, R, AL, EN, ES, ET, AN, CS, NSM, BN, B, S, WS, ON,
    LRE, LRO, RLE, RLO, PDF, LRI, RLI, FSI, PDI,
}
