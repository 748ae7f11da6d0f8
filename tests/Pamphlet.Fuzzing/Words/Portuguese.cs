namespace Pamphlet.Fuzzing.Words;

/// <summary>Portuguese words (European and Brazilian spellings both occur).</summary>
internal static class Portuguese
{
    public const string Common = """
        o a os as um uma e ou mas não nós vós eles nosso nossa todos cada cidade câmara
        parque bosque rio renda habitação escola autocarro ônibus linha trabalho salário greve
        assembleia vizinhos crianças pais reformados bairro orçamento dinheiro plano relatório
        exigir proteger construir manter abrir fechar pagar votar assinar vir juntos público
        privado social justo seguro verde livre acessível vazio novo velho pequeno grande
        hoje amanhã ontem sempre nunca porque enquanto antes depois contra sem entre rua
        ponte prado água árvores terreno venda cortes resposta pergunta carta voz saúde
        cuidados horas contratos segurança aquecimento humidade proprietário despejo
        """;

    public const string Long = """
        responsabilidades infraestruturas requalificação participação representatividade
        biodiversidade transparência inconstitucionalissimamente incompreensível
        administrativamente recomendações municipalidades especulação imobiliária
        """;

    public const string Hyphenated = """
        luso-brasileiro socioeconômico guarda-chuva segunda-feira bem-estar arco-íris
        """;

    public const string Names = """
        Ana Ferreira|João Carvalho|Mariana Costa|Tiago Pereira|Beatriz Santos|Luiz Oliveira
        """;

    public const string Roles = """
        inquilina na Mouraria|enfermeira|delegado sindical|professora aposentada|mãe de aluno
        """;
}
