package nl.cleantechwerkt.employers.web;

import java.util.List;
import nl.cleantechwerkt.employers.FieldProblem;
import org.springframework.validation.BindingResult;

/** Puts the service's field problems on the form, keeping any error a field already has (e.g. "not a number"). */
final class FieldProblems {

    private FieldProblems() {
    }

    static void reject(BindingResult errors, List<FieldProblem> problems) {
        for (FieldProblem p : problems) {
            if (!errors.hasFieldErrors(p.field())) {
                errors.rejectValue(p.field(), p.messageKey(), p.arguments().toArray(), null);
            }
        }
    }
}
