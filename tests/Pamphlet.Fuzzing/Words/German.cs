namespace Pamphlet.Fuzzing.Words;

/// <summary>German words, with long compounds (hyphenation of compounds is a German rule of its own).</summary>
internal static class German
{
    public const string Common = """
        die der das und oder aber nicht wir ihr sie unser unsere alle viele keine jede jeder
        Stadt Rat Park Wald Fluss Miete Wohnung Schule Bus Linie Arbeit Lohn Streik Versammlung
        Nachbarn Kinder Eltern Rentner Menschen Gemeinde Haushalt Geld Plan Bericht Ausschuss
        fordern schützen bauen erhalten öffnen schließen zahlen wählen unterschreiben kommen
        gemeinsam öffentlich privat sozial gerecht sicher grün frei günstig leer kaputt neu alt
        heute morgen gestern immer niemals weil obwohl während bevor nachdem gegen ohne zwischen
        Straße Brücke Wiese Wasser Bäume Boden Verkauf Kürzung Antwort Frage Brief Stimme
        Gesundheit Pflege Stunden Verträge Sicherheit Heizung Schimmel Vermieter Kündigung
        """;

    public const string Long = """
        Mietpreisbremse Nachbarschaftsinitiative Bürgerbeteiligung Wohnungsbaugesellschaft
        Stadtentwicklungsausschuss Hochwasserschutz Gemeinschaftsgarten Verkehrswende
        Daseinsvorsorge Kündigungsschutz Arbeitnehmervertretung Rechtsstaatlichkeit
        Grundstücksverkauf Haushaltskonsolidierung Umweltverträglichkeitsprüfung
        Sozialwohnungen Mieterversammlung Bebauungsplan Donaudampfschifffahrtsgesellschaft
        """;

    public const string Hyphenated = """
        Bürger-Initiative Miet-Erhöhung Rot-Grün Ost-West Nord-Süd E-Mail U-Bahn S-Bahn
        Kita-Plätze Bio-Laden Öko-Strom
        """;

    public const string Names = """
        Ursula Brandt|Mehmet Yılmaz|Jana Hoffmann|Lukas Weber|Aylin Demir|Heinz Krüger|Greta Schäfer
        """;

    public const string Roles = """
        Mieterin in der Südstadt|Betriebsrat|Lehrerin im Ruhestand|Krankenpfleger|Schülersprecherin
        """;
}
