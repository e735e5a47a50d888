package nl.cleantechwerkt.learners.web;

import nl.cleantechwerkt.learners.LearnerProfileView;

/** Fills the profile form from a saved profile. */
final class ProfileForms {

    private ProfileForms() {
    }

    static ProfileForm toForm(LearnerProfileView p) {
        ProfileForm f = new ProfileForm();
        f.setStatus(p.status().name());
        f.setEducationLevel(p.educationLevel() == null ? "" : p.educationLevel().code());
        f.setPlace(p.place());
        f.setRadiusKm(p.radiusKm() == null ? ProfileForm.DEFAULT_RADIUS : p.radiusKm().toString());
        f.setSchedules(p.schedules().stream().map(Enum::name).toList());
        f.setWorkload(p.workload().name());
        f.setBudgetEur(p.budgetEur() == null ? "" : p.budgetEur().toString());
        f.setModes(p.modes().stream().map(Enum::name).toList());
        p.skills().forEach(s -> f.getSkills().add(ProfileForm.SkillRow.kept(s.skillUri(), s.level().name(),
                s.evidence() == null ? "" : s.evidence().name())));
        f.setOccupations(p.targetOccupations());
        return f;
    }
}
