package nl.cleantechwerkt.employers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.cleantechwerkt.employers.domain.Employer;
import nl.cleantechwerkt.employers.domain.EmployerRepository;
import nl.cleantechwerkt.geo.Gazetteer;
import nl.cleantechwerkt.geo.MunicipalityView;
import nl.cleantechwerkt.shared.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Employer organisations: one per account, created on the first save of its profile. An account
 * only ever reaches its own organisation, because the organisation is looked up by the account.
 */
@Service
@Transactional(readOnly = true)
public class Employers {

    static final int NAME_MAX = 200;

    private final EmployerRepository employers;
    private final Gazetteer gazetteer;
    private final Clock clock;

    Employers(EmployerRepository employers, Gazetteer gazetteer, Clock clock) {
        this.employers = employers;
        this.gazetteer = gazetteer;
        this.clock = clock;
    }

    /** The organisation of this account, if it has made one. */
    public Optional<EmployerView> organisationOf(long userId) {
        return employers.findByUserId(userId).map(this::view);
    }

    public Optional<EmployerView> employer(long employerId) {
        return employers.findById(employerId).map(this::view);
    }

    /** Every problem with the profile, each at its field; empty when it can be saved. */
    public List<FieldProblem> check(EmployerData data) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = trim(data.name());
        if (name.isEmpty()) {
            problems.add(FieldProblem.of("name", "employer.name.required"));
        } else if (name.length() > NAME_MAX) {
            problems.add(FieldProblem.of("name", "employer.field.tooLong", NAME_MAX));
        }
        if (!kvkNumber(data.kvkNumber()).matches("\\d{8}")) {
            problems.add(FieldProblem.of("kvkNumber", "employer.kvk.invalid"));
        }
        String municipality = trim(data.municipality());
        if (municipality.isEmpty()) {
            problems.add(FieldProblem.of("municipality", "employer.municipality.required"));
        } else if (gazetteer.municipality(municipality).isEmpty()) {
            problems.add(FieldProblem.of("municipality", "employer.municipality.unknown", municipality));
        }
        if (data.sector() == null) {
            problems.add(FieldProblem.of("sector", "employer.sector.required"));
        }
        return problems;
    }

    /**
     * Creates the account's organisation or updates it.
     *
     * @throws InvalidRequestException with the first problem {@link #check} finds
     */
    @Transactional
    public EmployerView saveOrganisation(long userId, EmployerData data) {
        check(data).stream().findFirst().ifPresent(p -> {
            throw new InvalidRequestException(p.field(), p.messageKey(), p.arguments().toArray());
        });
        Employer employer = employers.findByUserId(userId).orElseGet(() -> new Employer(userId, clock.instant()));
        MunicipalityView municipality = gazetteer.municipality(trim(data.municipality())).orElseThrow();
        employer.describe(trim(data.name()), kvkNumber(data.kvkNumber()), municipality.code(), data.sector(), clock.instant());
        return view(employers.save(employer));
    }

    /** KvK numbers are often written in groups ("1234 5678", "12.34.56.78"); only the digits count. */
    static String kvkNumber(String text) {
        return text == null ? "" : text.replaceAll("[\\s.]", "");
    }

    private EmployerView view(Employer e) {
        String municipalityName = gazetteer.municipality(e.getMunicipalityCode()).map(MunicipalityView::name)
                .orElse(e.getMunicipalityCode());
        return new EmployerView(e.getId(), e.getUserId(), e.getName(), e.getKvkNumber(), e.getMunicipalityCode(),
                municipalityName, e.getSector());
    }

    private static String trim(String text) {
        return text == null ? "" : text.trim();
    }
}
