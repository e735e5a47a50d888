package nl.cleantechwerkt.catalog.domain;

import java.time.LocalDate;
import java.util.Collection;
import nl.cleantechwerkt.catalog.CourseIndex;
import nl.cleantechwerkt.catalog.IndexedRun;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;

/**
 * Writes what the course's runs mean for the course itself, next to the nested run documents:
 * every run as one stored value ({@link CourseIndex#RUNS}, read by result cards and matching
 * without visiting the nested documents), the last start date ({@link CourseIndex#LAST_START}, so
 * "has an upcoming run" is one range on the course), and the document layout version.
 */
public class CourseRunsBinder implements PropertyBinder {

    @Override
    public void bind(PropertyBindingContext context) {
        context.dependencies().use("startDate").use("online").use("municipalityCode").use("place").use("latitude")
                .use("longitude").use("schedule").use("priceEur");
        IndexFieldReference<String> runs = context.indexSchemaElement()
                .field(CourseIndex.RUNS, f -> f.asString().projectable(Projectable.YES).searchable(Searchable.NO))
                .multiValued()
                .toReference();
        IndexFieldReference<LocalDate> lastStart = context.indexSchemaElement()
                .field(CourseIndex.LAST_START, f -> f.asLocalDate())
                .toReference();
        IndexFieldReference<String> layout = context.indexSchemaElement()
                .field(CourseIndex.LAYOUT_VERSION, f -> f.asString())
                .toReference();
        context.bridge(Collection.class, new Bridge(runs, lastStart, layout));
    }

    @SuppressWarnings("rawtypes")
    private record Bridge(IndexFieldReference<String> runs, IndexFieldReference<LocalDate> lastStart,
            IndexFieldReference<String> layout) implements PropertyBridge<Collection> {

        @Override
        public void write(DocumentElement target, Collection offerings, PropertyBridgeWriteContext context) {
            target.addValue(layout, CourseIndex.CURRENT_LAYOUT);
            if (offerings == null) {
                return;
            }
            LocalDate last = null;
            for (Object element : offerings) {
                Offering o = (Offering) element;
                target.addValue(runs, new IndexedRun(o.getStartDate(), o.isOnline(), o.getMunicipalityCode(), o.getPlace(),
                        o.getLatitude(), o.getLongitude(), o.getSchedule(), o.getPriceEur()).encode());
                if (o.getStartDate() != null && (last == null || o.getStartDate().isAfter(last))) {
                    last = o.getStartDate();
                }
            }
            if (last != null) {
                target.addValue(lastStart, last);
            }
        }
    }
}
