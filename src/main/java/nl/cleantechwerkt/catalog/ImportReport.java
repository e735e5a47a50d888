package nl.cleantechwerkt.catalog;

import java.util.List;

/**
 * What an import did, or would do (dry run), or why it did nothing.
 *
 * @param applied true when the changes were written; false for a dry run or when there were problems
 */
public record ImportReport(int rows, int created, int updated, int archived, int offerings, List<ImportProblem> problems,
        boolean dryRun, boolean applied) {

    public boolean ok() {
        return problems.isEmpty();
    }
}
