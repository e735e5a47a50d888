package nl.cleantechwerkt.employers;

import nl.cleantechwerkt.shared.Sector;

/**
 * An employer organisation as other modules and pages see it.
 *
 * @param userId the account ({@code AccountView.id}) the organisation belongs to
 * @param kvkNumber eight digits
 */
public record EmployerView(long id, long userId, String name, String kvkNumber, String municipalityCode,
        String municipalityName, Sector sector) {
}
