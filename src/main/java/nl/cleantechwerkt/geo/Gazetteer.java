package nl.cleantechwerkt.geo;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.cleantechwerkt.geo.domain.Municipality;
import nl.cleantechwerkt.geo.domain.MunicipalityRepository;
import nl.cleantechwerkt.geo.domain.Place;
import nl.cleantechwerkt.geo.domain.PlaceRepository;
import nl.cleantechwerkt.geo.domain.PostcodeArea;
import nl.cleantechwerkt.geo.domain.PostcodeAreaRepository;
import nl.cleantechwerkt.shared.CachedSnapshot;
import nl.cleantechwerkt.shared.TextFolding;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolves what a person types as a location ("Deventer", "twello", "7411", "7411 AB") to a
 * point with its municipality. The reference data is small (a few hundred rows), so it is
 * held in memory and rebuilt after every import (on other app nodes within
 * {@link CachedSnapshot#CROSS_NODE_REFRESH}).
 */
@Service
public class Gazetteer {

    private static final Pattern POSTCODE = Pattern.compile("^\\s*(\\d{4})\\s*(?:[A-Za-z]{2})?\\s*$");

    private final MunicipalityRepository municipalities;
    private final PlaceRepository places;
    private final PostcodeAreaRepository postcodes;
    private final EntityManager entityManager;
    private final CachedSnapshot<Snapshot> snapshot = new CachedSnapshot<>(this::buildSnapshot);

    Gazetteer(MunicipalityRepository municipalities, PlaceRepository places, PostcodeAreaRepository postcodes,
            EntityManager entityManager) {
        this.municipalities = municipalities;
        this.places = places;
        this.postcodes = postcodes;
        this.entityManager = entityManager;
    }

    /**
     * Resolves a municipality, place or 4-digit postcode. Places win over a municipality of
     * the same name only when they are not the municipality's main town (e.g. "Voorst" the
     * municipality is preferred over Voorst the village).
     */
    public Optional<Location> resolve(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Snapshot s = snapshot.get();
        Matcher pc = POSTCODE.matcher(text);
        if (pc.matches()) {
            return Optional.ofNullable(s.postcodes.get(pc.group(1)));
        }
        String key = TextFolding.fold(text);
        Location municipality = s.municipalities.get(key);
        if (municipality != null) {
            return Optional.of(municipality);
        }
        return Optional.ofNullable(s.places.get(key));
    }

    /** The place with this name, for offerings that name their town. */
    public Optional<Location> place(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(snapshot.get().places.get(TextFolding.fold(name)));
    }

    /** The postcode area, for offerings that give a postcode. */
    public Optional<Location> postcode(String pc4) {
        if (pc4 == null) {
            return Optional.empty();
        }
        Matcher pc = POSTCODE.matcher(pc4);
        return pc.matches() ? Optional.ofNullable(snapshot.get().postcodes.get(pc.group(1))) : Optional.empty();
    }

    /**
     * The known point (municipality centre, place or postcode area) nearest to a coordinate, if
     * one lies within {@code maxKm}: how an address given only as a geolocation gets its
     * municipality. Near a border the nearest point may lie across it; the region's places and
     * postcode areas are dense enough that this is rare there.
     */
    public Optional<Location> nearest(double latitude, double longitude, double maxKm) {
        Snapshot s = snapshot.get();
        Location best = null;
        double bestKm = maxKm;
        for (Map<String, Location> points : List.of(s.municipalities, s.places, s.postcodes)) {
            for (Location l : points.values()) {
                double km = Distances.km(latitude, longitude, l.latitude(), l.longitude());
                if (km <= bestKm) {
                    best = l;
                    bestKm = km;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    public Optional<MunicipalityView> municipality(String codeOrName) {
        if (codeOrName == null) {
            return Optional.empty();
        }
        Snapshot s = snapshot.get();
        MunicipalityView byCode = s.municipalityByCode.get(codeOrName.trim().toUpperCase(Locale.ROOT));
        if (byCode != null) {
            return Optional.of(byCode);
        }
        Location byName = s.municipalities.get(TextFolding.fold(codeOrName));
        return byName == null ? Optional.empty() : Optional.of(s.municipalityByCode.get(byName.municipalityCode()));
    }

    /** The nine municipalities of the Cleantech Regio, by name. */
    public List<MunicipalityView> regionMunicipalities() {
        return snapshot.get().municipalityByCode.values().stream()
                .filter(MunicipalityView::inRegion)
                .sorted(Comparator.comparing(MunicipalityView::name))
                .toList();
    }

    /** Places and municipalities of the region whose name starts with the given text, for autocomplete. */
    public List<Location> suggest(String prefix, int limit) {
        String key = TextFolding.fold(prefix);
        if (key.isEmpty()) {
            return List.of();
        }
        Snapshot s = snapshot.get();
        List<Location> found = new ArrayList<>();
        s.municipalities.forEach((name, loc) -> {
            if (name.startsWith(key) && s.municipalityByCode.get(loc.municipalityCode()).inRegion()) {
                found.add(loc);
            }
        });
        s.places.forEach((name, loc) -> {
            if (name.startsWith(key) && found.stream().noneMatch(f -> f.name().equals(loc.name()))) {
                found.add(loc);
            }
        });
        found.sort(Comparator.comparing((Location l) -> l.kind() != Location.Kind.MUNICIPALITY).thenComparing(Location::name));
        return found.size() > limit ? found.subList(0, limit) : found;
    }

    /**
     * Loads the reference data; used by the seed loader on an empty database. New rows are
     * persisted, not saved: saving an entity with an assigned key (code, postcode) merges it,
     * a select per row before its insert.
     */
    @Transactional
    public void load(GazetteerData data) {
        Map<String, String> codeByName = new HashMap<>();
        for (GazetteerData.MunicipalityRow m : data.municipalities()) {
            entityManager.persist(new Municipality(m.code(), m.name(), m.latitude(), m.longitude(), m.inRegion()));
            codeByName.put(TextFolding.fold(m.name()), m.code());
        }
        for (GazetteerData.PlaceRow p : data.places()) {
            entityManager.persist(new Place(p.name(), codeOf(codeByName, p.municipalityName()), p.latitude(), p.longitude()));
        }
        for (GazetteerData.PostcodeRow pc : data.postcodes()) {
            entityManager.persist(new PostcodeArea(pc.pc4(), pc.placeName(), codeOf(codeByName, pc.municipalityName()),
                    pc.latitude(), pc.longitude()));
        }
        snapshot.forget();
    }


    private static String codeOf(Map<String, String> codeByName, String municipalityName) {
        // Border places such as Klarenbeek are listed as "Apeldoorn; Voorst": the first one is used.
        String first = municipalityName.split(";")[0];
        String code = codeByName.get(TextFolding.fold(first));
        if (code == null) {
            throw new IllegalArgumentException("Unknown municipality: " + municipalityName);
        }
        return code;
    }

    private Snapshot buildSnapshot() {
        Map<String, MunicipalityView> byCode = new HashMap<>();
        Map<String, Location> byName = new HashMap<>();
        for (Municipality m : municipalities.findAll()) {
            byCode.put(m.getCode(), new MunicipalityView(m.getCode(), m.getName(), m.isInRegion(), m.getLatitude(), m.getLongitude()));
            byName.put(TextFolding.fold(m.getName()), new Location(m.getName(), Location.Kind.MUNICIPALITY, m.getCode(), m.getName(),
                    m.getLatitude(), m.getLongitude()));
        }
        Map<String, Location> placeByName = new HashMap<>();
        for (Place p : places.findAll()) {
            MunicipalityView m = byCode.get(p.getMunicipalityCode());
            placeByName.put(TextFolding.fold(p.getName()), new Location(p.getName(), Location.Kind.PLACE, m.code(), m.name(),
                    p.getLatitude(), p.getLongitude()));
        }
        Map<String, Location> byPostcode = new HashMap<>();
        for (PostcodeArea pc : postcodes.findAll()) {
            MunicipalityView m = byCode.get(pc.getMunicipalityCode());
            byPostcode.put(pc.getPc4(), new Location(pc.getPc4(), Location.Kind.POSTCODE, m.code(), m.name(),
                    pc.getLatitude(), pc.getLongitude()));
        }
        return new Snapshot(Map.copyOf(byCode), Map.copyOf(byName), Map.copyOf(placeByName), Map.copyOf(byPostcode));
    }

    record Snapshot(Map<String, MunicipalityView> municipalityByCode, Map<String, Location> municipalities,
            Map<String, Location> places, Map<String, Location> postcodes) {
    }
}
