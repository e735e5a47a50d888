package nl.cleantechwerkt.catalog.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One line of the import audit log. */
@Entity
public class ImportAudit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String providerCode;
    private String actor;
    private String format;
    private String fileName;
    private int rowsRead;
    private int created;
    private int updated;
    private int archived;
    private int offerings;
    private int errors;
    private String result;
    private Instant happenedAt;

    protected ImportAudit() {
    }

    public ImportAudit(String providerCode, String actor, String format, String fileName, int rowsRead, int created,
            int updated, int archived, int offerings, int errors, String result, Instant happenedAt) {
        this.providerCode = providerCode;
        this.actor = actor;
        this.format = format;
        this.fileName = fileName == null ? null : fileName.substring(0, Math.min(255, fileName.length()));
        this.rowsRead = rowsRead;
        this.created = created;
        this.updated = updated;
        this.archived = archived;
        this.offerings = offerings;
        this.errors = errors;
        this.result = result;
        this.happenedAt = happenedAt;
    }

    public String getActor() {
        return actor;
    }

    public String getFileName() {
        return fileName;
    }

    public int getRowsRead() {
        return rowsRead;
    }

    public int getCreated() {
        return created;
    }

    public int getUpdated() {
        return updated;
    }

    public int getArchived() {
        return archived;
    }

    public int getErrors() {
        return errors;
    }

    public String getResult() {
        return result;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }
}
