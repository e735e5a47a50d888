package nl.cleantechwerkt.catalog.web;

import nl.cleantechwerkt.catalog.CourseData;
import nl.cleantechwerkt.catalog.EditableCourse;

/** Fills the course form from a saved course. */
final class CourseForms {

    private CourseForms() {
    }

    static CourseForm toForm(EditableCourse course) {
        CourseData d = course.data();
        CourseForm f = new CourseForm();
        f.setId(course.id());
        f.setCourseCode(d.courseCode());
        f.setTitle(d.title());
        f.setDescription(d.description());
        f.setLearningOutcomes(String.join("\n", d.learningOutcomes()));
        f.setLevel(d.level().code());
        f.setMode(d.mode().code());
        f.setLanguage(d.language());
        f.setHours(d.hours() == null ? "" : d.hours().toString());
        f.setEcts(d.ects() == null ? "" : d.ects().toString());
        f.setQualificationCode(d.qualificationCode());
        f.setSector(d.sector() == null ? "" : d.sector().name());
        f.setEntryLevel(d.entryLevel() == null ? "" : d.entryLevel().code());
        f.setUrl(d.url());
        f.setCostNote(d.costNote());
        f.setSkills(d.skills());
        for (CourseData.Run r : d.runs()) {
            CourseForm.RunForm run = new CourseForm.RunForm();
            run.setStartDate(r.startDate().toString());
            run.setEndDate(r.endDate() == null ? "" : r.endDate().toString());
            run.setEnrolmentDeadline(r.enrolmentDeadline() == null ? "" : r.enrolmentDeadline().toString());
            run.setOnline(r.online());
            run.setPlace(r.online() ? "" : r.place() != null ? r.place() : r.postcode());
            run.setSchedule(r.schedule() == null ? "DAY" : r.schedule().name());
            run.setPriceEur(r.priceEur() == null ? "" : r.priceEur().toPlainString());
            run.setSeats(r.seats() == null ? "" : r.seats().toString());
            f.getRuns().add(run);
        }
        f.addEmptyRuns(2);
        return f;
    }
}
