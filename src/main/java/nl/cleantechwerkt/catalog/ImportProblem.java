package nl.cleantechwerkt.catalog;

/**
 * One problem found in an import file: where (line and column, or a JSON path) and why (a
 * message key with its arguments, so pages and files can say it in Dutch or English).
 */
public record ImportProblem(Integer line, String path, String column, String messageKey, Object... arguments) {

    public static ImportProblem at(int line, String column, String messageKey, Object... arguments) {
        return new ImportProblem(line, null, column, messageKey, arguments);
    }

    public static ImportProblem file(String messageKey, Object... arguments) {
        return new ImportProblem(null, null, null, messageKey, arguments);
    }
}
