package nl.cleantechwerkt.matching;

import java.util.List;
import nl.cleantechwerkt.matching.domain.InvitationFigureRepository;
import nl.cleantechwerkt.shared.MonthRange;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matches that led somewhere, as counts for a period (for the regional progress report). A match
 * the platform computes is not stored, so the first trace of a match in the data is the
 * employer's invitation: that is what counts as a match made. Invitations of learners who have
 * since erased their account are gone with it (their right to be forgotten), so a report made
 * later can show fewer than one made at the time.
 */
@Service
@Transactional(readOnly = true)
public class InvitationFigures {

    private final InvitationFigureRepository invitations;

    InvitationFigures(InvitationFigureRepository invitations) {
        this.invitations = invitations;
    }

    /** Invitations sent within the period. */
    public long sent(MonthRange period) {
        return invitations.countSent(period.start(), period.end());
    }

    /** Invitations accepted within the period (by the moment of the answer, whenever they were sent). */
    public long accepted(MonthRange period) {
        return invitations.countAccepted(period.start(), period.end());
    }

    /** The needs someone was invited for within the period, so the employers behind them count as active. */
    public List<Long> needsInvitedFor(MonthRange period) {
        return invitations.needsInvitedFor(period.start(), period.end());
    }
}
