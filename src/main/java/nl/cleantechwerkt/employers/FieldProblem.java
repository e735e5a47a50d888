package nl.cleantechwerkt.employers;

import java.util.List;

/**
 * Something wrong with one field of what an employer entered: the field's name (as the forms
 * name it), a message key and its arguments. Checks return all problems at once so a form can
 * show each at its field.
 */
public record FieldProblem(String field, String messageKey, List<Object> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    static FieldProblem of(String field, String messageKey, Object... arguments) {
        return new FieldProblem(field, messageKey, List.of(arguments));
    }
}
