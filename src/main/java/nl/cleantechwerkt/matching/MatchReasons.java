package nl.cleantechwerkt.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.cleantechwerkt.skills.SkillCatalog;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The plain-language reason line of a match, in the reader's language, written from the
 * explanation's own fields (what it teaches of the gap, where, when), so the sentence can never
 * tell a different story from the numbers that ranked the course.
 */
@Component
public class MatchReasons {

    /** How many of the heaviest covered skills the sentence names. */
    static final int NAMED_SKILLS = 2;

    private final MessageSource messages;
    private final SkillCatalog skillCatalog;
    private final Clock clock;

    MatchReasons(MessageSource messages, SkillCatalog skillCatalog, Clock clock) {
        this.messages = messages;
        this.skillCatalog = skillCatalog;
        this.clock = clock;
    }

    /** The reason line for a person: what the course teaches of the skills they miss. */
    public String reason(CourseMatch match, Locale locale) {
        return reason(match, locale, "match.reason.covers");
    }

    /** The reason line for an employer's need: what the course teaches of the skills the need asks for. */
    public String needReason(CourseMatch match, Locale locale) {
        return reason(match, locale, "match.reason.coversNeed");
    }

    private String reason(CourseMatch match, Locale locale, String coversKey) {
        MatchExplanation e = match.explanation();
        List<String> parts = new ArrayList<>();
        List<String> named = labels(e.covers().subList(0, Math.min(NAMED_SKILLS, e.covers().size())), locale);
        String skills = named.size() == 1 ? named.get(0) : message("match.reason.and", locale, named.get(0), named.get(1));
        parts.add(message(coversKey, locale, e.covers().size(), e.covers().size() + e.missing().size(), skills));
        if (e.online()) {
            parts.add(message("match.reason.online", locale));
        } else if (e.distanceKm() != null) {
            double km = Math.round(e.distanceKm() * 10) / 10.0;
            parts.add(e.place() != null && e.place().equalsIgnoreCase(e.from())
                    ? message("match.reason.distanceWithin", locale, km, e.place())
                    : message("match.reason.distance", locale, km, e.from(), e.place()));
        } else if (e.place() != null) {
            parts.add(message("match.reason.place", locale, e.place()));
        }
        long days = ChronoUnit.DAYS.between(LocalDate.now(clock), e.nextStart());
        parts.add(message("match.reason.start", locale,
                e.nextStart().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)), days));
        return String.join(" ", parts);
    }

    /** Labels of skills in the reader's language, in the given order. */
    public List<String> labels(List<String> skillUris, Locale locale) {
        return skillCatalog.skills(skillUris).stream().map(s -> s.label(locale)).toList();
    }

    /** Labels of occupations in the reader's language, in the given order. */
    public List<String> occupationLabels(List<String> occupationUris, Locale locale) {
        return occupationUris.stream().map(skillCatalog::occupation).flatMap(java.util.Optional::stream)
                .map(o -> o.label(locale)).toList();
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
