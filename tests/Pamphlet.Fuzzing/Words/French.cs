namespace Pamphlet.Fuzzing.Words;

/// <summary>French words (elisions such as l'eau and d'abord exercise apostrophes inside words).</summary>
internal static class French
{
    public const string Common = """
        le la les un une des et ou mais pas nous vous ils elles notre nos tous toutes chaque
        ville conseil parc bois rivière loyer logement école bus ligne travail salaire grève
        réunion voisins enfants parents retraités habitants quartier budget argent plan rapport
        exiger protéger construire garder ouvrir fermer payer voter signer venir ensemble
        public privé social juste sûr vert libre abordable vide cassé nouveau vieux petit grand
        aujourd'hui demain hier toujours jamais parce que pendant avant après contre sans entre
        rue pont prairie eau arbres terrain vente coupes réponse question lettre voix santé soins
        heures contrats sécurité chauffage humidité propriétaire expulsion l'eau l'école d'abord
        """;

    public const string Long = """
        responsabilités infrastructures réaménagement concertation représentativité
        environnementales biodiversité transparence anticonstitutionnellement incompréhensible
        administrativement recommandations municipalités désengagement intercommunalité
        """;

    public const string Hyphenated = """
        centre-ville porte-parole sans-abri demi-tarif vingt-et-un après-midi mi-temps
        Île-de-France arc-en-ciel
        """;

    public const string Names = """
        Camille Durand|Karim Benali|Élodie Moreau|Jean-Pierre Lefèvre|Fatou Diallo|Noémie Garnier
        """;

    public const string Roles = """
        locataire à Belleville|infirmière|délégué syndical|enseignante retraitée|parent d'élève
        """;
}
