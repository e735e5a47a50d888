package nl.cleantechwerkt.catalog.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.cleantechwerkt.catalog.CourseData;
import nl.cleantechwerkt.catalog.CourseRegistration;
import nl.cleantechwerkt.catalog.ImportProblem;
import nl.cleantechwerkt.geo.Gazetteer;
import nl.cleantechwerkt.geo.Location;
import nl.cleantechwerkt.shared.CourseMode;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.shared.Schedule;
import nl.cleantechwerkt.shared.Sector;
import nl.cleantechwerkt.skills.SkillCatalog;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and checks a file in the Dutch Open Education API (OOAPI v5) format completely before
 * anything is written. Accepted shapes (see {@code docs/import.md} for the field mapping):
 * <ul>
 * <li>a {@code courses} or {@code programs} response page ({@code {"items": [...]}}) whose items
 * carry their offerings in {@code offerings} (a list or an offerings page);</li>
 * <li>an offerings page whose items have the course or program expanded in {@code course} /
 * {@code program} ({@code ?expand=course});</li>
 * <li>both pages side by side, {@code {"courses" | "programs": page, "offerings": page}}, the
 * offerings pointing at their course by {@code courseId} / {@code programId};</li>
 * <li>a single course or program object.</li>
 * </ul>
 * Every problem names the JSON path of the value and the OOAPI field.
 */
public final class OoapiCourseFile {

    private static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T.*)?");
    private static final Pattern AMOUNT = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern POSTCODE = Pattern.compile("\\s*(\\d{4})\\s*([A-Za-z]{2})?\\s*");
    private static final int HOURS_PER_ECTS = 28;
    private static final Map<String, String> LANGUAGES = languages();

    private final Gazetteer gazetteer;
    private final SkillCatalog skills;

    public OoapiCourseFile(Gazetteer gazetteer, SkillCatalog skills) {
        this.gazetteer = gazetteer;
        this.skills = skills;
    }

    /** A JSON value and where it is in the file. */
    private record At(JsonNode json, String path) {
        At field(String name) {
            return new At(json.path(name), path + "." + name);
        }

        At element(int index) {
            return new At(json.path(index), path + "[" + index + "]");
        }

        ImportProblem problem(String field, String messageKey, Object... arguments) {
            return new ImportProblem(null, field == null ? path : path + "." + field, field, messageKey, arguments);
        }

        /** The elements of a list, or of the {@code items} of a response page. */
        List<At> elements() {
            At list = json.isObject() && json.has("items") ? field("items") : this;
            List<At> elements = new ArrayList<>();
            for (int i = 0; i < list.json.size() && list.json.isArray(); i++) {
                elements.add(list.element(i));
            }
            return elements;
        }

        boolean isListOrPage() {
            return json.isArray() || json.isObject() && json.path("items").isArray();
        }
    }

    /** A course or program of the file with the offerings found for it. */
    private record Item(At course, List<At> offerings) {
    }

    public ParsedFile parse(byte[] bytes) {
        List<ImportProblem> problems = new ArrayList<>();
        String text = CourseRules.utf8(bytes, "import.json.binary", "import.json.encoding", problems);
        if (text == null) {
            return ParsedFile.rejected(0, problems);
        }
        if (text.isBlank()) {
            return ParsedFile.rejected(0, List.of(ImportProblem.file("import.csv.empty")));
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            return ParsedFile.rejected(0, List.of(new ImportProblem(line > 0 ? line : null, null, null, "import.json.malformed",
                    at == null ? 0 : at.getColumnNr(), e.getOriginalMessage())));
        }
        List<Item> items = items(new At(root, "$"), problems);
        int records = items.stream().mapToInt(i -> 1 + i.offerings().size()).sum();
        if (records > CourseRules.MAX_RECORDS) {
            return ParsedFile.rejected(records, List.of(ImportProblem.file("import.json.tooManyRecords", CourseRules.MAX_RECORDS)));
        }
        if (items.isEmpty() && problems.isEmpty()) {
            problems.add(ImportProblem.file("import.json.noItems"));
        }
        List<CourseData> courses = new ArrayList<>();
        Map<String, String> pathByCode = new HashMap<>();
        for (Item item : items) {
            if (problems.size() >= CourseRules.MAX_PROBLEMS) {
                problems.add(ImportProblem.file("import.tooManyProblems", CourseRules.MAX_PROBLEMS));
                break;
            }
            course(item, problems).ifPresent(course -> {
                String earlier = pathByCode.putIfAbsent(course.courseCode(), item.course().path());
                if (earlier != null) {
                    problems.add(item.course().problem("primaryCode", "import.json.duplicateCode", course.courseCode(), earlier));
                }
                courses.add(course);
            });
        }
        return problems.isEmpty() ? new ParsedFile(courses, records, List.of()) : ParsedFile.rejected(records, problems);
    }

    // ---- shapes ----

    private static List<Item> items(At root, List<ImportProblem> problems) {
        JsonNode json = root.json();
        if (!json.isObject()) {
            problems.add(root.problem(null, "import.json.shape"));
            return List.of();
        }
        if (json.has("items")) {
            if (!root.isListOrPage()) {
                problems.add(root.problem("items", "import.json.notList"));
                return List.of();
            }
            List<At> elements = root.elements();
            boolean offerings = !elements.isEmpty() && elements.stream().allMatch(e -> isOffering(e.json()));
            return offerings ? groupByExpandedCourse(elements, problems) : withOwnOfferings(elements, problems);
        }
        At courses = json.has("courses") ? root.field("courses") : json.has("programs") ? root.field("programs") : null;
        if (courses != null) {
            if (!courses.isListOrPage()) {
                problems.add(root.problem(json.has("courses") ? "courses" : "programs", "import.json.notList"));
                return List.of();
            }
            List<Item> items = withOwnOfferings(courses.elements(), problems);
            if (json.has("offerings")) {
                linkOfferings(root.field("offerings"), items, problems);
            }
            return items;
        }
        if (json.has("courseId") || json.has("programId") || json.has("primaryCode")) {
            return withOwnOfferings(List.of(root), problems);
        }
        problems.add(root.problem(null, "import.json.shape"));
        return List.of();
    }

    private static boolean isOffering(JsonNode json) {
        return json.has("offeringId") || json.has("offeringType");
    }

    private static List<Item> withOwnOfferings(List<At> courses, List<ImportProblem> problems) {
        List<Item> items = new ArrayList<>();
        for (At course : courses) {
            if (!course.json().isObject()) {
                problems.add(course.problem(null, "import.json.notObject"));
                continue;
            }
            At offerings = course.field("offerings");
            if (offerings.json().isMissingNode() || offerings.json().isNull()) {
                items.add(new Item(course, new ArrayList<>()));
            } else if (offerings.isListOrPage()) {
                items.add(new Item(course, new ArrayList<>(offerings.elements())));
            } else {
                problems.add(course.problem("offerings", "import.json.notList"));
            }
        }
        return items;
    }

    /** An offerings page with {@code expand=course}: offerings of the same course code form one course. */
    private static List<Item> groupByExpandedCourse(List<At> offerings, List<ImportProblem> problems) {
        Map<String, Item> byCode = new LinkedHashMap<>();
        for (At offering : offerings) {
            At course = offering.json().has("course") ? offering.field("course") : offering.field("program");
            if (!course.json().isObject()) {
                problems.add(offering.problem(offering.json().has("program") ? "program" : "course", "import.json.notExpanded"));
                continue;
            }
            String code = course.json().path("primaryCode").path("code").asString("");
            String key = code.isEmpty() ? course.path() : code;
            byCode.computeIfAbsent(key, k -> new Item(course, new ArrayList<>())).offerings().add(offering);
        }
        return List.copyOf(byCode.values());
    }

    /** A separate offerings page: each offering names its course by id. */
    private static void linkOfferings(At offerings, List<Item> items, List<ImportProblem> problems) {
        if (!offerings.isListOrPage()) {
            problems.add(offerings.problem(null, "import.json.notList"));
            return;
        }
        Map<String, Item> byId = new HashMap<>();
        for (Item item : items) {
            String id = id(item.course().json());
            if (!id.isEmpty()) {
                byId.put(id, item);
            }
        }
        for (At offering : offerings.elements()) {
            JsonNode ref = offering.json().has("course") ? offering.json().path("course") : offering.json().path("program");
            String id = ref.isObject() ? id(ref) : ref.asString("");
            Item item = byId.get(id);
            if (item == null) {
                problems.add(offering.problem(offering.json().has("program") ? "program" : "course", "import.json.unknownCourse",
                        id));
            } else {
                item.offerings().add(offering);
            }
        }
    }

    private static String id(JsonNode course) {
        return course.has("courseId") ? course.path("courseId").asString("") : course.path("programId").asString("");
    }

    // ---- course ----

    private Optional<CourseData> course(Item item, List<ImportProblem> problems) {
        At at = item.course();
        JsonNode json = at.json();
        int before = problems.size();
        String code = json.path("primaryCode").path("code").asString("").trim();
        CourseRules.courseCode(code, "primaryCode", at::problem, problems);
        String title = text(json.path("name"));
        CourseRules.requiredText(title, CourseRules.MAX_TITLE, "name", at::problem, problems);
        String description = text(json.path("description"));
        CourseRules.requiredText(description, CourseRules.MAX_DESCRIPTION, "description", at::problem, problems);
        Level level = level(at, problems);
        CourseMode mode = mode(at, problems);
        String languageText = json.path("teachingLanguage").asString("");
        String language = languageText.isBlank() ? "nl" : LANGUAGES.get(languageText.trim().toLowerCase(Locale.ROOT)
                .split("[-_]")[0]);
        CourseRules.language(language, languageText, "teachingLanguage", at::problem, problems);
        Integer[] load = studyLoad(at, problems);
        String url = json.path("link").asString("").trim();
        CourseRules.url(url, "link", at::problem, problems);
        List<String> skillUris = CourseRules.skills(skills, strings(json.path("ext").path("skills")), "ext.skills", at::problem,
                problems);
        List<String> outcomes = new ArrayList<>();
        for (JsonNode outcome : json.path("learningOutcomes")) {
            String outcomeText = text(outcome);
            if (outcomeText != null) {
                outcomes.add(outcomeText);
            }
        }
        List<CourseData.Run> runs = new ArrayList<>();
        for (At offering : item.offerings()) {
            run(offering, mode, at.field("addresses"), problems).ifPresent(runs::add);
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        String qualification = json.path("crohoCreboCode").asString("").trim();
        return Optional.of(new CourseData(code, title, description, outcomes, level, mode, language, load[0], load[1],
                qualification.isEmpty() ? null : qualification, Sector.GENERAL, null, url.isEmpty() ? null : url, null,
                skillUris, runs));
    }

    /**
     * {@code level} first ("secondary vocational education 1" … "4", "associate degree",
     * "bachelor", "master"); else the NLQF {@code levelOfQualification} ("1" … "7"); else, for
     * courses without a degree level ("undefined", "nt2-1", none), a short course.
     */
    private static Level level(At at, List<ImportProblem> problems) {
        String level = at.json().path("level").asString("").trim().toLowerCase(Locale.ROOT);
        String nlqf = at.json().path("levelOfQualification").asString("").trim();
        Level byLevel = switch (level) {
            case "secondary vocational education 1" -> Level.MBO_1;
            case "secondary vocational education 2" -> Level.MBO_2;
            case "secondary vocational education 3" -> Level.MBO_3;
            case "secondary vocational education 4" -> Level.MBO_4;
            case "associate degree" -> Level.AD;
            case "bachelor" -> Level.BACHELOR;
            case "master" -> Level.MASTER;
            default -> Level.fromCode(level).orElse(null);
        };
        if (byLevel != null) {
            return byLevel;
        }
        Level byNlqf = switch (nlqf) {
            case "1" -> Level.MBO_1;
            case "2" -> Level.MBO_2;
            case "3" -> Level.MBO_3;
            case "4", "4+" -> Level.MBO_4;
            case "5" -> Level.AD;
            case "6" -> Level.BACHELOR;
            case "7" -> Level.MASTER;
            default -> null;
        };
        if (byNlqf != null) {
            return byNlqf;
        }
        if (!nlqf.isEmpty()) {
            problems.add(at.problem("levelOfQualification", "import.ooapi.nlqf.invalid", nlqf));
        } else if (Set.of("", "undefined", "undivided", "nt2-1", "nt2-2").contains(level)) {
            return Level.COURSE;
        } else {
            problems.add(at.problem("level", "import.ooapi.level.invalid", level));
        }
        return null;
    }

    /**
     * Delivery decides online and blended ({@code modeOfDelivery}: only "online" or
     * "distance-learning" is online; "hybrid", or online next to on-site, is blended); a
     * program's {@code modeOfStudy} decides the rest ("full-time", "part-time", "dual
     * training" is BBL); otherwise part-time.
     */
    private static CourseMode mode(At at, List<ImportProblem> problems) {
        Set<String> delivery = new LinkedHashSet<>();
        for (String value : strings(at.json().path("modeOfDelivery"))) {
            String kind = switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "online", "distance-learning" -> "online";
                case "on campus", "situated" -> "onsite";
                case "hybrid" -> "hybrid";
                default -> {
                    problems.add(at.problem("modeOfDelivery", "import.ooapi.delivery.invalid", value));
                    yield null;
                }
            };
            if (kind != null) {
                delivery.add(kind);
            }
        }
        if (delivery.equals(Set.of("online"))) {
            return CourseMode.ONLINE;
        }
        if (delivery.contains("hybrid") || delivery.contains("online")) {
            return CourseMode.BLENDED;
        }
        String study = at.json().path("modeOfStudy").asString("").trim().toLowerCase(Locale.ROOT);
        return switch (study) {
            case "full-time" -> CourseMode.FULLTIME;
            case "dual training" -> CourseMode.BBL;
            case "", "part-time", "self-paced" -> CourseMode.PARTTIME;
            default -> {
                problems.add(at.problem("modeOfStudy", "import.ooapi.study.invalid", study));
                yield CourseMode.PARTTIME;
            }
        };
    }

    /** {hours, ects} from {@code studyLoad} (ects / sp, or hour / contacttime / sbu) or {@code ects}. */
    private static Integer[] studyLoad(At at, List<ImportProblem> problems) {
        Integer hours = null;
        Integer ects = null;
        JsonNode load = at.json().path("studyLoad");
        if (load.isObject()) {
            String unit = load.path("studyLoadUnit").asString("").trim().toLowerCase(Locale.ROOT);
            BigDecimal value = load.path("value").isNumber() ? load.path("value").decimalValue() : null;
            if (value == null || value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(20_000)) > 0) {
                problems.add(at.problem("studyLoad.value", "import.ooapi.studyLoad.invalid", load.path("value").asString("")));
            } else {
                switch (unit) {
                    case "ects", "sp" -> {
                        ects = Math.max(1, value.setScale(0, RoundingMode.HALF_UP).intValue());
                        hours = value.multiply(BigDecimal.valueOf(HOURS_PER_ECTS)).setScale(0, RoundingMode.HALF_UP).intValue();
                    }
                    case "hour", "contacttime", "sbu" -> hours = Math.max(1, value.setScale(0, RoundingMode.HALF_UP).intValue());
                    default -> problems.add(at.problem("studyLoad.studyLoadUnit", "import.ooapi.studyLoad.unit", unit));
                }
            }
        }
        JsonNode ectsNode = at.json().path("ects");
        if (ects == null && !ectsNode.isMissingNode() && !ectsNode.isNull()) {
            if (ectsNode.isNumber() && ectsNode.decimalValue().signum() > 0 && ectsNode.decimalValue().intValue() <= 600) {
                ects = Math.max(1, ectsNode.decimalValue().setScale(0, RoundingMode.HALF_UP).intValue());
                hours = hours != null ? hours : ects * HOURS_PER_ECTS;
            } else {
                problems.add(at.problem("ects", "import.ooapi.studyLoad.invalid", ectsNode.asString("")));
            }
        }
        return new Integer[] {hours, ects};
    }

    // ---- offering ----

    private Optional<CourseData.Run> run(At at, CourseMode courseMode, At courseAddresses, List<ImportProblem> problems) {
        if (!at.json().isObject()) {
            problems.add(at.problem(null, "import.json.notObject"));
            return Optional.empty();
        }
        int before = problems.size();
        LocalDate start = date(at, "startDate", problems);
        if (start == null && at.json().path("startDate").isMissingNode()) {
            problems.add(at.problem("startDate", "import.value.required"));
        }
        LocalDate end = date(at, "endDate", problems);
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(at.problem("endDate", "import.endBeforeStart"));
        }
        LocalDate deadline = date(at, "enrollEndDate", problems);
        Integer seats = seats(at, problems);
        BigDecimal price = price(at, problems);
        String scheduleText = at.json().path("ext").path("schedule").asString("");
        Schedule schedule = scheduleText.isBlank() ? Schedule.DAY : Schedule.fromCode(scheduleText).orElse(null);
        if (schedule == null) {
            problems.add(at.problem("ext.schedule", "import.schedule.invalid", scheduleText));
        }
        Set<String> delivery = new LinkedHashSet<>();
        strings(at.json().path("modeOfDelivery")).forEach(v -> delivery.add(v.trim().toLowerCase(Locale.ROOT)));
        boolean onlineOnly = !delivery.isEmpty() && Set.of("online", "distance-learning").containsAll(delivery);
        At addresses = at.json().path("addresses").isArray() && !at.json().path("addresses").isEmpty()
                ? at.field("addresses") : courseAddresses;
        CourseData.Run located = null;
        if (onlineOnly || (courseMode == CourseMode.ONLINE && addresses.json().isEmpty())) {
            located = new CourseData.Run(start, end, deadline, true, null, null, schedule, price, seats);
        } else if (!addresses.json().isArray() || addresses.json().isEmpty()) {
            problems.add(at.problem("addresses", "import.ooapi.address.required"));
        } else {
            At address = teachingAddress(addresses);
            located = locate(address, problems)
                    .map(l -> new CourseData.Run(start, end, deadline, false, l.place(), l.postcode(), schedule, price, seats,
                            l.latitude(), l.longitude()))
                    .orElse(null);
        }
        return problems.size() > before ? Optional.empty() : Optional.ofNullable(located);
    }

    private static Integer seats(At at, List<ImportProblem> problems) {
        JsonNode max = at.json().path("maxNumberStudents");
        if (max.isMissingNode() || max.isNull()) {
            return null;
        }
        if (max.isIntegralNumber() && max.canConvertToInt() && max.intValue() > 0) {
            return max.intValue();
        }
        problems.add(at.problem("maxNumberStudents", "import.ooapi.seats.invalid", max.asString("")));
        return null;
    }

    private static At teachingAddress(At addresses) {
        for (At address : addresses.elements()) {
            if ("teaching".equalsIgnoreCase(address.json().path("addressType").asString(""))) {
                return address;
            }
        }
        return addresses.element(0);
    }

    private record Located(String place, String postcode, Double latitude, Double longitude) {
    }

    /**
     * Where an address is, in the order a person would trust it: a postcode of the region, a
     * town of the region, else its geolocation placed in the nearest municipality (within
     * {@link CourseRegistration#NEAREST_KM} km). A geolocation, when given, is kept as the exact point.
     */
    private Optional<Located> locate(At address, List<ImportProblem> problems) {
        JsonNode json = address.json();
        Double latitude = null;
        Double longitude = null;
        JsonNode geo = json.path("geolocation");
        if (geo.isObject()) {
            if (geo.path("latitude").isNumber() && geo.path("longitude").isNumber()
                    && Math.abs(geo.path("latitude").doubleValue()) <= 90 && Math.abs(geo.path("longitude").doubleValue()) <= 180) {
                latitude = geo.path("latitude").doubleValue();
                longitude = geo.path("longitude").doubleValue();
            } else {
                problems.add(address.problem("geolocation", "import.ooapi.geolocation.invalid"));
                return Optional.empty();
            }
        }
        var postcode = POSTCODE.matcher(json.path("postalCode").asString(""));
        if (postcode.matches() && gazetteer.postcode(postcode.group(1)).isPresent()) {
            return Optional.of(new Located(null, postcode.group(1), latitude, longitude));
        }
        String city = json.path("city").asString("").trim();
        if (!city.isEmpty() && gazetteer.place(city).isPresent()) {
            return Optional.of(new Located(city, null, latitude, longitude));
        }
        if (latitude != null) {
            Optional<Location> nearest = gazetteer.nearest(latitude, longitude, CourseRegistration.NEAREST_KM);
            if (nearest.isPresent()) {
                return Optional.of(new Located(city.isEmpty() ? nearest.get().name() : city, null, latitude, longitude));
            }
            problems.add(address.problem("geolocation", "import.ooapi.geolocation.far"));
            return Optional.empty();
        }
        problems.add(address.problem(null, "import.ooapi.address.unknown",
                String.join(" ", json.path("postalCode").asString(""), city).trim()));
        return Optional.empty();
    }

    /** The "total costs" entry of {@code priceInformation}, else the first; in euros. */
    private static BigDecimal price(At at, List<ImportProblem> problems) {
        At prices = at.field("priceInformation");
        if (!prices.json().isArray() || prices.json().isEmpty()) {
            return null;
        }
        At chosen = prices.element(0);
        for (At p : prices.elements()) {
            if ("total costs".equalsIgnoreCase(p.json().path("costType").asString(""))) {
                chosen = p;
                break;
            }
        }
        String currency = chosen.json().path("currency").asString("EUR");
        if (!"EUR".equalsIgnoreCase(currency)) {
            problems.add(chosen.problem("currency", "import.ooapi.currency", currency));
            return null;
        }
        JsonNode amount = chosen.json().path("amount");
        String amountText = amount.isNumber() ? amount.decimalValue().toPlainString() : amount.asString("").trim();
        if (!AMOUNT.matcher(amountText).matches()) {
            problems.add(chosen.problem("amount", "import.price.invalid", amountText));
            return null;
        }
        BigDecimal price = new BigDecimal(amountText);
        CourseRules.price(price, amountText, "amount", chosen::problem, problems);
        return price;
    }

    // ---- values ----

    private static LocalDate date(At at, String field, List<ImportProblem> problems) {
        JsonNode node = at.json().path(field);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        String text = node.asString("");
        if (DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text.substring(0, 10));
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        problems.add(at.problem(field, "import.date.invalid", text));
        return null;
    }

    /**
     * The Dutch value of a language-typed list ({@code [{"language": "nl-NL", "value": …}]}),
     * else the English, else the first; a plain string as it is.
     */
    static String text(JsonNode node) {
        if (node.isString()) {
            return blankToNull(node.stringValue().strip());
        }
        if (!node.isArray()) {
            return null;
        }
        String english = null;
        String first = null;
        for (JsonNode entry : node) {
            String language = entry.path("language").asString("").toLowerCase(Locale.ROOT);
            String value = blankToNull(entry.path("value").asString("").strip());
            if (value == null) {
                continue;
            }
            if (language.startsWith("nl")) {
                return value;
            }
            if (english == null && language.startsWith("en")) {
                english = value;
            }
            if (first == null) {
                first = value;
            }
        }
        return english != null ? english : first;
    }

    /** A list of strings, or one string with {@code ;} between values. */
    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isString()) {
            for (String v : node.stringValue().split(";")) {
                if (!v.isBlank()) {
                    values.add(v.trim());
                }
            }
        } else if (node.isArray()) {
            node.forEach(v -> values.add(v.asString("")));
        }
        return values;
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /** ISO 639-1, 639-2/T and 639-2/B codes to the two-letter code courses are stored with. */
    private static Map<String, String> languages() {
        Map<String, String> codes = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            codes.put(two, two);
            codes.put(new Locale(two).getISO3Language(), two);
        }
        codes.putAll(Map.of("dut", "nl", "ger", "de", "fre", "fr", "chi", "zh", "gre", "el"));
        return Map.copyOf(codes);
    }
}
