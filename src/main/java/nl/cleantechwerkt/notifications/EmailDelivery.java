package nl.cleantechwerkt.notifications;

/** Whether, and when, a notification also goes out by e-mail (it is always shown in the application). */
public enum EmailDelivery {

    /** One e-mail of its own, right after the caller's transaction commits. */
    IMMEDIATE,

    /**
     * Collected into one digest e-mail a day (issue 5's alerts). It is stored as waiting for the
     * digest (not yet e-mailed); the job that sends digests comes with issue 5, so until then it
     * is shown in the application only.
     */
    DIGEST,

    /** In the application only. */
    NONE
}
