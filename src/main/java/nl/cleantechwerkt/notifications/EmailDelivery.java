package nl.cleantechwerkt.notifications;

/** Whether, and when, a notification also goes out by e-mail (it is always shown in the application). */
public enum EmailDelivery {

    /** One e-mail of its own, right after the caller's transaction commits. */
    IMMEDIATE,

    /**
     * Collected into one digest e-mail a day ({@link DailyDigest}), for users who opted in to the
     * digest; the alerts use it. It is stored as waiting for the digest until that is sent.
     */
    DIGEST,

    /** In the application only. */
    NONE
}
