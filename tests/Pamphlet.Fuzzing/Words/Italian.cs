namespace Pamphlet.Fuzzing.Words;

/// <summary>Italian words.</summary>
internal static class Italian
{
    public const string Common = """
        il lo la i gli le un una e o ma non noi voi loro nostro nostra tutti ogni città
        consiglio parco bosco fiume affitto casa scuola autobus linea lavoro salario sciopero
        assemblea vicini bambini genitori pensionati quartiere bilancio soldi piano relazione
        chiedere proteggere costruire mantenere aprire chiudere pagare votare firmare venire
        pubblico privato sociale giusto sicuro verde libero accessibile vuoto rotto nuovo
        oggi domani ieri sempre mai perché mentre prima dopo contro senza tra strada ponte
        prato acqua alberi terreno vendita tagli risposta domanda lettera voce salute cure ore
        contratti sicurezza riscaldamento umidità proprietario sfratto l'acqua dell'anno
        """;

    public const string Long = """
        responsabilità infrastrutture riqualificazione partecipazione rappresentatività
        biodiversità trasparenza precipitevolissimevolmente incomprensibile amministrazione
        raccomandazioni municipalità speculazione edilizia
        """;

    public const string Hyphenated = """
        italo-americano socio-economico politico-sociale nord-est centro-sinistra
        """;

    public const string Names = """
        Giulia Bianchi|Marco Esposito|Chiara Romano|Davide Colombo|Sara Ricci|Luca Greco
        """;

    public const string Roles = """
        inquilina a San Lorenzo|infermiera|delegato sindacale|maestra in pensione|genitore
        """;
}
