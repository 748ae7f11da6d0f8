namespace Pamphlet.Fuzzing.Words;

/// <summary>Spanish words.</summary>
internal static class Spanish
{
    public const string Common = """
        el la los las un una y o pero no nosotros vosotros ellos nuestro nuestra todos cada
        ciudad ayuntamiento parque bosque río alquiler vivienda escuela autobús línea trabajo
        salario huelga asamblea vecinos niños padres jubilados barrio presupuesto dinero plan
        exigir proteger construir mantener abrir cerrar pagar votar firmar venir juntos
        público privado social justo seguro verde libre asequible vacío roto nuevo viejo pequeño
        hoy mañana ayer siempre nunca porque aunque mientras antes después contra sin entre
        calle puente prado agua árboles terreno venta recortes respuesta pregunta carta voz
        salud cuidados horas contratos seguridad calefacción humedad propietario desahucio
        """;

    public const string Long = """
        responsabilidades infraestructuras regeneración participación representatividad
        medioambientales biodiversidad transparencia desproporcionadamente incomprensible
        administrativamente recomendaciones municipalidades especulación inmobiliaria
        """;

    public const string Hyphenated = """
        franco-alemán teórico-práctico socio-económico político-social hispano-marroquí
        """;

    public const string Names = """
        Lucía Fernández|Javier Morales|Nuria Castells|Andrés Quintero|Carmen Ruiz|Pau Ribas
        """;

    public const string Roles = """
        inquilina en Lavapiés|enfermera|delegado sindical|maestra jubilada|madre de alumno
        """;
}
