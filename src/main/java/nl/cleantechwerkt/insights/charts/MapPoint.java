package nl.cleantechwerkt.insights.charts;

import java.util.Objects;

/** A place on the region map: its centre and the number shown there ({@code null}: suppressed, drawn as "—"). */
public record MapPoint(String label, double latitude, double longitude, Double value) {

    public MapPoint {
        Objects.requireNonNull(label, "label");
    }
}
