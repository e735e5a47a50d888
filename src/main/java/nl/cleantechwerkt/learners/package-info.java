/**
 * The learner's skills profile: status, education level, place and travel radius, availability,
 * budget, preferred modes, self-rated skills with evidence, target occupations, and the consent
 * that makes a name-free version of it visible to employers.
 * {@link nl.cleantechwerkt.learners.LearnerProfiles} is the module's API; index field names are
 * in {@link nl.cleantechwerkt.learners.LearnerIndex}. Profiles are private by default: the only
 * way for another module to search them is
 * {@link nl.cleantechwerkt.learners.LearnerProfiles#consentingCandidates}, which applies the
 * consent filter itself.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Learners",
        allowedDependencies = {"shared", "skills", "geo", "accounts"})
package nl.cleantechwerkt.learners;
