package nl.cleantechwerkt.accounts;

/** What a user may do. Learners and employers register themselves; school users and admins are created by an admin. */
public enum Role {
    LEARNER, EMPLOYER, SCHOOL, ADMIN;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    public boolean selfRegistration() {
        return this == LEARNER || this == EMPLOYER;
    }
}
