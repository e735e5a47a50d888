package nl.cleantechwerkt.alerts;

/** What an alert watches. */
public enum WatchKind {

    /** A learner's saved search: new upcoming runs it finds. */
    SEARCH,

    /** A learner's saved course advice towards a target occupation: new courses in it. */
    ADVICE,

    /** An employer's open need: new consenting candidates who fit it. */
    NEED
}
