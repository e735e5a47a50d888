package nl.cleantechwerkt.matching;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.employers.Employers;
import nl.cleantechwerkt.employers.NeedStatus;
import nl.cleantechwerkt.employers.SkillNeedView;
import nl.cleantechwerkt.employers.SkillNeeds;
import nl.cleantechwerkt.learners.LearnerProfiles;
import nl.cleantechwerkt.matching.domain.Invitation;
import nl.cleantechwerkt.matching.domain.InvitationRepository;
import nl.cleantechwerkt.notifications.Notifications;
import nl.cleantechwerkt.shared.InvalidRequestException;
import nl.cleantechwerkt.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contact between an employer and a candidate, on the learner's terms: an employer invites a
 * consenting candidate for one of its open needs, the learner accepts or declines, and only an
 * accepted invitation shows the employer the learner's name and e-mail address. Both sides get a
 * notification (in the app, and by e-mail unless they opted out).
 */
@Service
@Transactional
public class Invitations {

    private static final Logger log = LoggerFactory.getLogger(Invitations.class);
    static final int MAX_MESSAGE = 1000;

    private final InvitationRepository invitations;
    private final SkillNeeds needs;
    private final Employers employers;
    private final LearnerProfiles learners;
    private final Accounts accounts;
    private final Notifications notifications;
    private final Clock clock;

    Invitations(InvitationRepository invitations, SkillNeeds needs, Employers employers, LearnerProfiles learners,
            Accounts accounts, Notifications notifications, Clock clock) {
        this.invitations = invitations;
        this.needs = needs;
        this.employers = employers;
        this.learners = learners;
        this.accounts = accounts;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * What an invitation looks like to either side; {@code contact} only once the learner
     * accepted, and {@code candidateProfileId} only for the employer (to mark the candidate as invited).
     */
    public record InvitationView(long id, long needId, String needTitle, String employerName, String message,
            Invitation.Status status, java.time.Instant createdAt, java.time.Instant answeredAt, Contact contact,
            Long candidateProfileId) {
    }

    /** The learner's name and e-mail address, shown to the employer after acceptance. */
    public record Contact(String name, String email) {
    }

    /**
     * Invites the learner behind a candidate's profile reference for the employer's own open need.
     * A profile that is not (or no longer) consenting is "not found", like an unknown one.
     *
     * @return the invitation id
     */
    public long invite(long employerUserId, long needId, long candidateProfileId, String message) {
        SkillNeedView need = needs.ownNeed(employerUserId, needId);
        if (need.status() != NeedStatus.OPEN) {
            throw new InvalidRequestException("need", "invitation.needNotOpen");
        }
        String text = message == null || message.isBlank() ? null : message.strip();
        if (text != null && text.length() > MAX_MESSAGE) {
            throw new InvalidRequestException("message", "invitation.message.tooLong", MAX_MESSAGE);
        }
        long learnerUserId = learners.consentingUserId(candidateProfileId).orElseThrow(() -> {
            log.warn("Employer {} tried to invite profile {} which is unknown or not consenting", employerUserId,
                    candidateProfileId);
            return new NotFoundException("candidate", candidateProfileId);
        });
        if (invitations.findByNeedIdAndLearnerUserId(needId, learnerUserId).isPresent()) {
            throw new InvalidRequestException("candidate", "invitation.already");
        }
        Invitation invitation = invitations.save(new Invitation(needId, learnerUserId, text, clock.instant()));
        notifications.notify(learnerUserId, "invitation", "notification.invitation.received",
                List.of(need.employerName(), need.title()), "/profiel/uitnodigingen");
        return invitation.getId();
    }

    /** The learner accepts or declines one of their own invitations, once. */
    public void answer(long learnerUserId, long invitationId, boolean accept) {
        Invitation invitation = invitations.findByIdAndLearnerUserId(invitationId, learnerUserId).orElseThrow(() -> {
            log.warn("Learner {} answered invitation {} which is not theirs or does not exist", learnerUserId, invitationId);
            return new NotFoundException("invitation", invitationId);
        });
        if (invitation.getStatus() != Invitation.Status.INVITED) {
            throw new InvalidRequestException("invitation", "invitation.answered");
        }
        invitation.answer(accept, clock.instant());
        needs.need(invitation.getNeedId()).ifPresent(need -> employers.employer(need.employerId()).ifPresent(employer ->
                notifications.notify(employer.userId(), "invitation-answer",
                        accept ? "notification.invitation.accepted" : "notification.invitation.declined",
                        List.of(need.title()), "/werkgever/behoeften/" + need.id() + "/koppelingen#kandidaten")));
    }

    /** The learner's invitations, newest first. */
    @Transactional(readOnly = true)
    public List<InvitationView> ofLearner(long learnerUserId) {
        return invitations.findByLearnerUserIdOrderByCreatedAtDesc(learnerUserId).stream()
                .map(i -> view(i, needs.need(i.getNeedId()), false))
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * The invitations of the employer's own need, newest first, with contact details for accepted
     * ones only.
     */
    @Transactional(readOnly = true)
    public List<InvitationView> ofNeed(long employerUserId, long needId) {
        SkillNeedView need = needs.ownNeed(employerUserId, needId);
        return invitations.findByNeedId(needId).stream()
                .sorted(java.util.Comparator.comparing(Invitation::getCreatedAt).reversed())
                .map(i -> view(i, Optional.of(need), true).orElseThrow())
                .toList();
    }

    private Optional<InvitationView> view(Invitation i, Optional<SkillNeedView> need, boolean forEmployer) {
        return need.map(n -> new InvitationView(i.getId(), n.id(), n.title(), n.employerName(), i.getMessage(), i.getStatus(),
                i.getCreatedAt(), i.getAnsweredAt(),
                forEmployer && i.getStatus() == Invitation.Status.ACCEPTED ? contact(i.getLearnerUserId()) : null,
                forEmployer ? learners.ownProfile(i.getLearnerUserId()).map(p -> p.profileId()).orElse(null) : null));
    }

    private Contact contact(long learnerUserId) {
        return accounts.find(learnerUserId).map(a -> new Contact(a.displayName(), a.email())).orElse(null);
    }
}
