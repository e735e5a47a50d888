package nl.cleantechwerkt.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.cleantechwerkt.catalog.CourseIndex;
import nl.cleantechwerkt.shared.Analyzers;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.backend.lucene.LuceneBackend;

/**
 * The floor for mass indexing: the same course documents as Hibernate Search writes (same
 * fields, same analyzers from the backend, each course a block of its runs and itself) written
 * by a bare {@link IndexWriter}, read from the same
 * database with three plain JDBC queries per chunk of 5,000 courses (skill labels from memory) instead of loading
 * entities. What it leaves out: entity loading and dirty tracking, the mapping's bridges, and
 * Hibernate Search's own bookkeeping.
 */
final class RawCourseIndexer {

    private static final int CHUNK = 5_000;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");
    private static final FieldType STORED_TEXT = new FieldType(TextField.TYPE_STORED);

    static {
        STORED_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        STORED_TEXT.freeze();
    }

    private static final FieldType UNSTORED_TEXT = new FieldType(STORED_TEXT);

    static {
        UNSTORED_TEXT.setStored(false);
        UNSTORED_TEXT.freeze();
    }

    private final LuceneBackend backend;

    RawCourseIndexer(LuceneBackend backend) {
        this.backend = backend;
    }

    /** Indexes every course of the database into a new index at {@code target}; returns the number of courses. */
    long index(DataSource database, Path target) throws IOException, SQLException {
        Analyzer dutch = RawCourseSearch.analyzer(backend, Analyzers.DUTCH);
        Analyzer sortNormalizer = backend.normalizer(Analyzers.SORT).orElseThrow();
        Analyzer perField = new PerFieldAnalyzerWrapper(dutch,
                Map.of(CourseIndex.TITLE_PREFIX, RawCourseSearch.analyzer(backend, Analyzers.AUTOCOMPLETE)));
        IndexWriterConfig config = new IndexWriterConfig(perField).setRAMBufferSizeMB(64);
        long courses = 0;
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(target), config); Connection c = database.getConnection()) {
            long maxId = maxId(c);
            Map<String, String[]> skillLabels = skillLabels(c);
            for (long from = 0; from <= maxId; from += CHUNK) {
                courses += chunk(c, from, from + CHUNK, skillLabels, writer, sortNormalizer);
            }
            writer.commit();
        }
        return courses;
    }

    private static long maxId(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select coalesce(max(id), 0) from course"); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private record Run(LocalDate start, boolean online, String place, String municipality, Double latitude, Double longitude,
            String schedule, java.math.BigDecimal price) {
    }

    private static Map<String, String[]> skillLabels(Connection c) throws SQLException {
        Map<String, String[]> labels = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("select uri, label_nl, label_en from skill"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                labels.put(r.getString(1), new String[] {r.getString(2), r.getString(3)});
            }
        }
        return labels;
    }

    private static int chunk(Connection c, long from, long to, Map<String, String[]> skillLabels, IndexWriter writer,
            Analyzer sortNormalizer)
            throws SQLException, IOException {
        Map<Long, List<String[]>> skills = new HashMap<>();
        // Labels from memory, as the app's SkillCatalog holds them: joining skill here made H2 walk the
        // skill index and filter course_skill per chunk, quadratic over the chunks.
        try (PreparedStatement s = c.prepareStatement("select course_id, skill_uri from course_skill"
                + " where course_id >= ? and course_id < ?")) {
            s.setLong(1, from);
            s.setLong(2, to);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String[] labels = skillLabels.get(r.getString(2));
                    skills.computeIfAbsent(r.getLong(1), id -> new ArrayList<>())
                            .add(new String[] {r.getString(2), labels[0], labels[1]});
                }
            }
        }
        Map<Long, List<Run>> runs = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("select course_id, start_date, online, place, municipality_code,"
                + " latitude, longitude, schedule, price_eur from offering where course_id >= ? and course_id < ? order by start_date")) {
            s.setLong(1, from);
            s.setLong(2, to);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    runs.computeIfAbsent(r.getLong(1), id -> new ArrayList<>()).add(new Run(r.getObject(2, LocalDate.class),
                            r.getBoolean(3), r.getString(4), r.getString(5), (Double) r.getObject(6), (Double) r.getObject(7),
                            r.getString(8), r.getBigDecimal(9)));
                }
            }
        }
        int count = 0;
        try (PreparedStatement s = c.prepareStatement("select c.id, c.course_code, c.title, c.description, c.learning_outcomes,"
                + " c.level, c.mode, c.language, c.sector, c.entry_level, c.status, p.code, p.name"
                + " from course c join provider p on p.id = c.provider_id where c.id >= ? and c.id < ?")) {
            s.setLong(1, from);
            s.setLong(2, to);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    List<Document> block = new ArrayList<>();
                    for (Run run : runs.getOrDefault(id, List.of())) {
                        block.add(runDocument(run));
                    }
                    block.add(courseDocument(r, skills.getOrDefault(id, List.of()), sortNormalizer));
                    writer.addDocuments(block);
                    count++;
                }
            }
        }
        return count;
    }

    private static Document courseDocument(ResultSet r, List<String[]> skills, Analyzer sortNormalizer) throws SQLException {
        Document d = new Document();
        d.add(new StringField("__HSEARCH_id", Long.toString(r.getLong(1)), Field.Store.YES));
        d.add(new BinaryDocValuesField("__HSEARCH_id_docvalue", new BytesRef(Long.toString(r.getLong(1)))));
        d.add(new StringField(RawCourseSearch.TYPE_FIELD, "main", Field.Store.NO));
        keyword(d, CourseIndex.COURSE_CODE, r.getString(2), true, false);
        String title = r.getString(3);
        d.add(new Field(CourseIndex.TITLE, title, STORED_TEXT));
        d.add(new TextField(CourseIndex.TITLE_PREFIX, title, Field.Store.NO));
        d.add(new SortedSetDocValuesField(CourseIndex.TITLE_SORT, sortNormalizer.normalize(CourseIndex.TITLE_SORT, title)));
        d.add(new StringField(CourseIndex.TITLE_SORT, sortNormalizer.normalize(CourseIndex.TITLE_SORT, title), Field.Store.NO));
        d.add(new Field(CourseIndex.DESCRIPTION, r.getString(4), STORED_TEXT));
        text(d, CourseIndex.LEARNING_OUTCOMES, r.getString(5));
        keyword(d, CourseIndex.LEVEL, r.getString(6), true, true);
        keyword(d, CourseIndex.MODE, r.getString(7), true, true);
        keyword(d, CourseIndex.LANGUAGE, r.getString(8), true, true);
        keyword(d, CourseIndex.SECTOR, r.getString(9), true, true);
        keyword(d, CourseIndex.ENTRY_LEVEL, r.getString(10), true, false);
        keyword(d, CourseIndex.STATUS, r.getString(11), false, false);
        keyword(d, CourseIndex.PROVIDER_CODE, r.getString(12), true, true);
        text(d, CourseIndex.PROVIDER_NAME, r.getString(13));
        keyword(d, CourseIndex.PROVIDER_NAME_KEYWORD, r.getString(13), true, false);
        for (String[] skill : skills) {
            keyword(d, CourseIndex.SKILLS, skill[0], true, true);
            d.add(new Field(CourseIndex.SKILL_LABELS, skill[1], UNSTORED_TEXT));
            d.add(new Field(CourseIndex.SKILL_LABELS, skill[2], UNSTORED_TEXT));
        }
        // The combined field of CourseTextBinder: every text of the course.
        for (String value : new String[] {title, r.getString(4), r.getString(5), r.getString(13)}) {
            text(d, CourseIndex.TEXT, value);
        }
        for (String[] skill : skills) {
            text(d, CourseIndex.TEXT, skill[1]);
            text(d, CourseIndex.TEXT, skill[2]);
        }
        return d;
    }

    private static Document runDocument(Run run) {
        Document d = new Document();
        d.add(new StringField(RawCourseSearch.TYPE_FIELD, "child", Field.Store.NO));
        d.add(new StringField(RawCourseSearch.NESTED_PATH_FIELD, CourseIndex.OFFERINGS, Field.Store.NO));
        long day = run.start().toEpochDay();
        d.add(new LongPoint(CourseIndex.OFFERING_START, day));
        d.add(new SortedNumericDocValuesField(CourseIndex.OFFERING_START, day));
        d.add(new StoredField(CourseIndex.OFFERING_START, day));
        keyword(d, CourseIndex.OFFERING_START_MONTH, MONTH.format(run.start()), false, true);
        keyword(d, CourseIndex.OFFERING_MUNICIPALITY, run.online() ? CourseIndex.ONLINE : run.municipality(), true, true);
        keyword(d, CourseIndex.OFFERING_PLACE, run.place(), true, false);
        d.add(new IntPoint(CourseIndex.OFFERING_ONLINE, run.online() ? 1 : 0));
        d.add(new StoredField(CourseIndex.OFFERING_ONLINE, run.online() ? 1 : 0));
        if (run.latitude() != null && run.longitude() != null) {
            d.add(new LatLonPoint(CourseIndex.OFFERING_LOCATION, run.latitude(), run.longitude()));
            d.add(new LatLonDocValuesField(CourseIndex.OFFERING_LOCATION, run.latitude(), run.longitude()));
            d.add(new StoredField(CourseIndex.OFFERING_LOCATION + "_latitude", run.latitude()));
            d.add(new StoredField(CourseIndex.OFFERING_LOCATION + "_longitude", run.longitude()));
        }
        keyword(d, CourseIndex.OFFERING_SCHEDULE, run.schedule(), true, true);
        if (run.price() != null) {
            long cents = run.price().movePointRight(2).longValue();
            d.add(new LongPoint(CourseIndex.OFFERING_PRICE, cents));
            d.add(new StoredField(CourseIndex.OFFERING_PRICE, cents));
        }
        return d;
    }

    private static void keyword(Document d, String field, String value, boolean stored, boolean aggregable) {
        if (value == null) {
            return;
        }
        d.add(new StringField(field, value, stored ? Field.Store.YES : Field.Store.NO));
        if (aggregable) {
            d.add(new SortedSetDocValuesField(field, new BytesRef(value)));
        }
    }

    private static void text(Document d, String field, String value) {
        if (value != null && !value.isBlank()) {
            d.add(new TextField(field, value, Field.Store.NO));
        }
    }
}
