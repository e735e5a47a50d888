package nl.cleantechwerkt.search;

/** The filter dimensions that have facet counts, with the name they have in URLs and JSON. */
public enum Facet {
    LEVEL("level"), MODE("mode"), MUNICIPALITY("municipality"), LANGUAGE("language"), START("start"),
    SKILL("skill"), PROVIDER("provider");

    private final String param;

    Facet(String param) {
        this.param = param;
    }

    public String param() {
        return param;
    }
}
