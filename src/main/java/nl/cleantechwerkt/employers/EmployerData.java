package nl.cleantechwerkt.employers;

import nl.cleantechwerkt.shared.Sector;

/**
 * An organisation profile as entered, checked by {@link Employers#check(EmployerData)}.
 *
 * @param kvkNumber the Chamber of Commerce number; spaces and dots are ignored
 * @param municipality a Dutch municipality by name or CBS code
 * @param sector null when none was chosen
 */
public record EmployerData(String name, String kvkNumber, String municipality, Sector sector) {
}
