package nl.cleantechwerkt.catalog.domain;

import nl.cleantechwerkt.catalog.CourseIndex;
import nl.cleantechwerkt.shared.Analyzers;
import nl.cleantechwerkt.skills.SkillCatalog;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.springframework.context.annotation.Lazy;

/**
 * Writes all text of a course (title, description, outcomes, skill labels, provider name)
 * into one field, like {@code copy_to}: a query must find every one of its words, but each
 * word may come from a different part of the course ("zonnepanelen Aventus").
 */
@org.springframework.stereotype.Component
public class CourseTextBinder implements TypeBinder {

    private final SkillCatalog skillCatalog;

    public CourseTextBinder(@Lazy SkillCatalog skillCatalog) {
        this.skillCatalog = skillCatalog;
    }

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies()
                .use("title")
                .use("description")
                .use("learningOutcomes")
                .use("skills.skillUri")
                .use("provider.name");
        IndexFieldReference<String> text = context.indexSchemaElement()
                .field(CourseIndex.TEXT, f -> f.asString().analyzer(Analyzers.DUTCH).searchAnalyzer(Analyzers.DUTCH_QUERY))
                .multiValued()
                .toReference();
        context.bridge(Course.class, new Bridge(skillCatalog, text));
    }

    private record Bridge(SkillCatalog skillCatalog, IndexFieldReference<String> text) implements TypeBridge<Course> {

        @Override
        public void write(DocumentElement target, Course course, TypeBridgeWriteContext context) {
            add(target, course.getTitle());
            add(target, course.getDescription());
            add(target, course.getLearningOutcomes());
            add(target, course.getProvider().getName());
            for (CourseSkill skill : course.getSkills()) {
                skillCatalog.skill(skill.getSkillUri()).ifPresent(s -> {
                    add(target, s.labelNl());
                    add(target, s.labelEn());
                });
            }
        }

        private void add(DocumentElement target, String value) {
            if (value != null && !value.isBlank()) {
                target.addValue(text, value);
            }
        }
    }
}
