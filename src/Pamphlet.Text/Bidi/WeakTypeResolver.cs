namespace Pamphlet.Text.Bidi;

/// <summary>UAX #9 W1–W7: resolves weak types (numbers, separators, terminators, marks) in one sequence.</summary>
internal static class WeakTypeResolver
{
    public static void Resolve(IsolatingRunSequence sequence)
    {
        BidiClass[] t = sequence.Types;
        int n = t.Length;

        // W1: a non-spacing mark takes the type of what precedes it (ON after an isolate control).
        for (int i = 0; i < n; i++)
        {
            if (t[i] != BidiClass.NSM) continue;
            if (i == 0) t[i] = sequence.Sos;
            else t[i] = BidiClassSets.IsIsolateControl(t[i - 1]) ? BidiClass.ON : t[i - 1];
        }

        // W2: European digits after Arabic letters are Arabic numbers.
        BidiClass lastStrong = sequence.Sos;
        for (int i = 0; i < n; i++)
        {
            if (t[i] is BidiClass.L or BidiClass.R or BidiClass.AL) lastStrong = t[i];
            else if (t[i] == BidiClass.EN && lastStrong == BidiClass.AL) t[i] = BidiClass.AN;
        }

        // W3
        for (int i = 0; i < n; i++)
        {
            if (t[i] == BidiClass.AL) t[i] = BidiClass.R;
        }

        // W4: one separator between two numbers of the same kind joins them.
        for (int i = 1; i < n - 1; i++)
        {
            if (t[i] == BidiClass.ES && t[i - 1] == BidiClass.EN && t[i + 1] == BidiClass.EN) t[i] = BidiClass.EN;
            else if (t[i] == BidiClass.CS && t[i - 1] == BidiClass.EN && t[i + 1] == BidiClass.EN) t[i] = BidiClass.EN;
            else if (t[i] == BidiClass.CS && t[i - 1] == BidiClass.AN && t[i + 1] == BidiClass.AN) t[i] = BidiClass.AN;
        }

        // W5: terminators (%, $, …) next to European numbers become part of them.
        for (int i = 0; i < n; i++)
        {
            if (t[i] != BidiClass.ET) continue;
            int end = i;
            while (end < n && t[end] == BidiClass.ET) end++;
            bool touchesNumber = (i > 0 && t[i - 1] == BidiClass.EN) || (end < n && t[end] == BidiClass.EN);
            if (touchesNumber) Array.Fill(t, BidiClass.EN, i, end - i);
            i = end - 1;
        }

        // W6
        for (int i = 0; i < n; i++)
        {
            if (t[i] is BidiClass.ES or BidiClass.ET or BidiClass.CS) t[i] = BidiClass.ON;
        }

        // W7: European numbers in left-to-right context are L.
        lastStrong = sequence.Sos;
        for (int i = 0; i < n; i++)
        {
            if (t[i] is BidiClass.L or BidiClass.R) lastStrong = t[i];
            else if (t[i] == BidiClass.EN && lastStrong == BidiClass.L) t[i] = BidiClass.L;
        }
    }
}
