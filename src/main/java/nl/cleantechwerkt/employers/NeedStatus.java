package nl.cleantechwerkt.employers;

/** Where a need stands: open for matching, filled, or closed without being filled. */
public enum NeedStatus {
    OPEN, FILLED, CLOSED;

    public String messageKey() {
        return "need.status." + name();
    }
}
