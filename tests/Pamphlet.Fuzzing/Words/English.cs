namespace Pamphlet.Fuzzing.Words;

/// <summary>English words for generated statements: campaign prose, long Latinate words, names.</summary>
internal static class English
{
    public const string Common = """
        the people council park woods river housing rent tenants homes school library bus route nurses
        workers union strike meeting petition vote ward street estate neighbours children parents
        pensioners volunteers shop market bridge road path trees meadow flood water land public private
        sale money budget cuts grant plan report committee members officers decision city town village
        we they you our their every many some few most all none each other this that these those
        stand together demand refuse build keep protect save open close fund restore publish hold
        ask answer write sign join come bring share speak listen learn change win fight organise
        fair safe green free local common decent affordable empty broken long short new old small
        large strong quiet early late weekly monthly yearly today tomorrow yesterday always never
        because although while until unless before after during against without within between
        and or but so yet for nor with from into onto about above below across around behind
        health care wages hours jobs contracts safety transport trains fares energy bills heating
        repairs damp mould landlord eviction deposit lease owners developers investors profit
        evidence figures survey count answer question promise letter notice agenda minutes motion
        """;

    public const string Long = """
        responsibilities accountability infrastructure regeneration neighbourhood consultation
        representatives environmental biodiversity sustainability transparency intergovernmental
        reclassification counterproductive misunderstanding internationalisation extraordinarily
        incomprehensible unrepresentative disproportionately administrative accommodation
        municipalities redevelopment unaccountable decommissioning compartmentalisation
        institutionalised characteristically indistinguishable uncharacteristically
        recommendations maintenance unsustainable undemocratic telecommunications
        """;

    public const string Hyphenated = """
        city-centre step-free long-term low-paid well-known one-bedroom take-home full-time
        part-time self-organised cross-party so-called never-ending twenty-one hard-won
        year-round built-up council-owned low-income high-rise rent-controlled
        """;

    public const string Names = """
        Grace Adeyemi|Tomasz Nowak|Amira Haddad|Margaret Ellery|Priya Raman|Declan O'Neill|
        Sofia Marchetti|Jamal Okafor|Hannah Lindqvist|Chen Wei|Rosa Delgado|Kwame Mensah
        """;

    public const string Roles = """
        tenant on the Castlegate estate|nurse at St Anne's|shop steward|retired teacher|
        parent and governor|chair of the residents' association|bus driver|student
        """;
}
