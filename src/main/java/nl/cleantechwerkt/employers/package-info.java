/**
 * Employers and their skill needs: the organisation profile of an account with role EMPLOYER
 * and the vacancies, BBL learn-work places, internships and upskilling of own staff it posts,
 * each with the skills it must or would like to have. {@link nl.cleantechwerkt.employers.Employers}
 * keeps the organisation, {@link nl.cleantechwerkt.employers.SkillNeeds} the needs; both hand
 * out immutable records, which is all that matching and regional insight read.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Employers",
        allowedDependencies = {"shared", "skills", "geo", "accounts"})
package nl.cleantechwerkt.employers;
