package nl.cleantechwerkt.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the CSV files of {@code seed-data/}, which the build packages on the classpath. */
final class SeedFiles {

    private SeedFiles() {
    }

    static List<CSVRecord> read(String path) {
        String resource = "seed-data/" + path;
        InputStream in = SeedFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Seed file missing from the classpath: " + resource);
        }
        try (in; CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
                .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return new ArrayList<>(parser.getRecords());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A " | "-separated multi-value cell. */
    static List<String> multi(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\s*\\|\\s*")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    static String blankToNull(String cell) {
        return cell == null || cell.isBlank() ? null : cell.trim();
    }

    static Integer integer(String cell) {
        return cell == null || cell.isBlank() ? null : Integer.valueOf(cell.trim());
    }
}
