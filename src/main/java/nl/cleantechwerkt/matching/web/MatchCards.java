package nl.cleantechwerkt.matching.web;

import java.util.List;
import java.util.Locale;
import nl.cleantechwerkt.matching.CourseMatch;
import nl.cleantechwerkt.matching.MatchReasons;
import nl.cleantechwerkt.matching.MatchResult;
import org.springframework.stereotype.Component;

/**
 * A match result as the pages show it (template fragments {@code matching/match-card}): every
 * course with its reason line and the labels of what it teaches and does not, and the gap in
 * labels. The quick match, a learner's advice and an employer's need show the same cards.
 */
@Component
class MatchCards {

    private final MatchReasons reasons;

    MatchCards(MatchReasons reasons) {
        this.reasons = reasons;
    }

    /** A course with its reason line and the labels of what it teaches and does not. */
    record Card(CourseMatch match, String reason, List<String> covers, List<String> missing) {
    }

    /** The gap in labels, with the counts the summary sentence needs. */
    record GapView(List<String> essentialMissing, List<String> optionalMissing, int essentialTotal, int optionalTotal) {

        public boolean closed() {
            return essentialMissing.isEmpty() && optionalMissing.isEmpty();
        }
    }

    /** Cards for a person: the reason line speaks of the skills they miss. */
    List<Card> cards(MatchResult result, Locale locale) {
        return result.items().stream().map(match -> card(match, reasons.reason(match, locale), locale)).toList();
    }

    /** Cards for an employer's need: the reason line speaks of the skills the need asks for. */
    List<Card> needCards(MatchResult result, Locale locale) {
        return result.items().stream().map(match -> card(match, reasons.needReason(match, locale), locale)).toList();
    }

    private Card card(CourseMatch match, String reason, Locale locale) {
        return new Card(match, reason, reasons.labels(match.explanation().covers(), locale),
                reasons.labels(match.explanation().missing(), locale));
    }

    GapView gap(MatchResult result, Locale locale) {
        return new GapView(reasons.labels(result.gap().essentialMissing(), locale),
                reasons.labels(result.gap().optionalMissing(), locale),
                result.gap().essentialHave().size() + result.gap().essentialMissing().size(),
                result.gap().optionalHave().size() + result.gap().optionalMissing().size());
    }
}
