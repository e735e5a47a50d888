package nl.cleantechwerkt.shared;

/** Thrown when something asked for by id or code does not exist; the web layer answers 404. */
public class NotFoundException extends RuntimeException {

    private final String what;
    private final String key;

    public NotFoundException(String what, Object key) {
        super(what + " " + key + " not found");
        this.what = what;
        this.key = String.valueOf(key);
    }

    public String what() {
        return what;
    }

    public String key() {
        return key;
    }
}
