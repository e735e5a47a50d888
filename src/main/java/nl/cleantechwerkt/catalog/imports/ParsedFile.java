package nl.cleantechwerkt.catalog.imports;

import java.util.List;
import nl.cleantechwerkt.catalog.CourseData;
import nl.cleantechwerkt.catalog.ImportProblem;

/**
 * What reading an import file gave: the courses in file order (empty when there is any
 * problem, so nothing half-checked can be written), how many records were read (CSV rows, or
 * OOAPI courses/programs plus offerings) and the problems.
 */
public record ParsedFile(List<CourseData> courses, int records, List<ImportProblem> problems) {

    static ParsedFile rejected(int records, List<ImportProblem> problems) {
        return new ParsedFile(List.of(), records, List.copyOf(problems));
    }
}
