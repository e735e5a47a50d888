package nl.cleantechwerkt.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the user interface translatable: Dutch and English bundles have the same keys, every
 * key a template uses exists, and templates carry no visible text of their own.
 */
class MessageBundlesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.\\-]+)[}(]");

    @Test
    void dutchAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void everyKeyUsedInATemplateExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = MESSAGE_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHaveNoTextOutsideTheBundles() throws IOException {
        Set<String> offenders = new TreeSet<>();
        // Text between tags, in elements without th:text/th:utext/th:errors (their body is only a preview).
        Pattern bareText = Pattern.compile("<(\\w+)(?![^>]*th:(?:u?text|errors))[^>]*>([^<]*\\p{L}{3,}[^<]*)</\\1>");
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = bareText.matcher(Files.readString(file));
                while (m.find()) {
                    String text = m.group(2).trim();
                    // The ESCO attribution must stay in English, word for word, as the licence asks.
                    if (!text.startsWith("This service uses the ESCO classification")) {
                        offenders.add(file.getFileName() + ": " + text);
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
