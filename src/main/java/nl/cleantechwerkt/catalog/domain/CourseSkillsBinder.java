package nl.cleantechwerkt.catalog.domain;

import java.util.Collection;
import java.util.Locale;
import nl.cleantechwerkt.catalog.CourseIndex;
import nl.cleantechwerkt.shared.Analyzers;
import nl.cleantechwerkt.skills.SkillCatalog;
import nl.cleantechwerkt.skills.SkillView;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;
import org.springframework.context.annotation.Lazy;

/**
 * Writes the skills a course teaches into its document twice: as ESCO URIs (exact filters,
 * facets, matching) and as their Dutch and English labels (full text), so a search for
 * "warmtepomp" finds a course tagged with the ESCO skill even when its own text never says so.
 * The taxonomy is looked up lazily: this binder is created while the persistence unit starts,
 * before the skills module can read the database.
 */
@org.springframework.stereotype.Component
public class CourseSkillsBinder implements PropertyBinder {

    private final SkillCatalog skillCatalog;

    public CourseSkillsBinder(@Lazy SkillCatalog skillCatalog) {
        this.skillCatalog = skillCatalog;
    }

    @Override
    public void bind(PropertyBindingContext context) {
        context.dependencies().use("skillUri");
        IndexFieldReference<String> uris = context.indexSchemaElement()
                .field(CourseIndex.SKILLS, f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES))
                .multiValued()
                .toReference();
        IndexFieldReference<String> labels = context.indexSchemaElement()
                .field(CourseIndex.SKILL_LABELS, f -> f.asString().analyzer(Analyzers.DUTCH).searchAnalyzer(Analyzers.DUTCH_QUERY)
                        .projectable(Projectable.NO))
                .multiValued()
                .toReference();
        context.bridge(Collection.class, new Bridge(skillCatalog, uris, labels));
    }

    @SuppressWarnings("rawtypes")
    private record Bridge(SkillCatalog skillCatalog, IndexFieldReference<String> uris, IndexFieldReference<String> labels)
            implements PropertyBridge<Collection> {

        @Override
        public void write(DocumentElement target, Collection skills, PropertyBridgeWriteContext context) {
            for (Object element : skills) {
                String uri = ((CourseSkill) element).getSkillUri();
                target.addValue(uris, uri);
                skillCatalog.skill(uri).ifPresent(skill -> addLabels(target, skill));
            }
        }

        private void addLabels(DocumentElement target, SkillView skill) {
            target.addValue(labels, skill.label(Locale.forLanguageTag("nl")));
            target.addValue(labels, skill.labelEn());
        }
    }
}
