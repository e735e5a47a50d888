package nl.cleantechwerkt.employers.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import nl.cleantechwerkt.employers.Importance;
import nl.cleantechwerkt.employers.NeedData;
import nl.cleantechwerkt.employers.NeedKind;
import nl.cleantechwerkt.employers.NeedSkill;
import nl.cleantechwerkt.employers.SkillNeeds;
import nl.cleantechwerkt.skills.OccupationView;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Reads the need form into {@link NeedData}: what cannot be read (a number that is no number, a
 * date that is no date, an occupation we do not know) is reported here, the rules of a need by
 * {@link SkillNeeds#check}, each at its field. Nothing is saved while any problem remains.
 */
@Component
class NeedFormValidator {

    private final SkillNeeds needs;
    private final Occupations occupations;

    NeedFormValidator(SkillNeeds needs, Occupations occupations) {
        this.needs = needs;
        this.occupations = occupations;
    }

    Optional<NeedData> validate(NeedForm f, BindingResult errors, Locale locale) {
        String occupationUri = null;
        if (!f.getOccupation().isBlank()) {
            occupationUri = occupations.resolve(f.getOccupation(), locale).map(OccupationView::uri).orElse(null);
            if (occupationUri == null) {
                errors.rejectValue("occupation", "need.occupation.unknown", new Object[] {f.getOccupation().trim()}, null);
            }
        }
        Integer people = null;
        try {
            people = f.getPeopleCount().isBlank() ? null : Integer.valueOf(f.getPeopleCount().trim());
        } catch (NumberFormatException e) {
            errors.rejectValue("peopleCount", "need.number.invalid");
        }
        NeedData data = new NeedData(NeedKind.fromCode(f.getKind()).orElse(null), f.getTitle(), occupationUri,
                f.getSkills().stream()
                        .map(row -> new NeedSkill(row.getUri(), Importance.fromCode(row.getImportance()).orElse(Importance.MUST)))
                        .toList(),
                people, f.getPlace(), date(errors, "startDate", f.getStartDate()), date(errors, "deadline", f.getDeadline()));
        FieldProblems.reject(errors, needs.check(data));
        return errors.hasErrors() ? Optional.empty() : Optional.of(data);
    }

    private static LocalDate date(BindingResult errors, String field, String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "need.date.invalid");
            return null;
        }
    }
}
