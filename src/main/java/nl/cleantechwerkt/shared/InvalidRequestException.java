package nl.cleantechwerkt.shared;

/**
 * A request parameter that cannot be understood (an unknown level code, a place that does not
 * exist). Carries the parameter name and a message key so pages and the API can say which
 * field is wrong and why; the web layer answers 400.
 */
public class InvalidRequestException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final Object[] arguments;

    public InvalidRequestException(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
