package nl.cleantechwerkt.catalog.web;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import nl.cleantechwerkt.catalog.ImportFormat;
import nl.cleantechwerkt.catalog.ImportProgress;
import nl.cleantechwerkt.catalog.ImportReport;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Uploaded imports run here, one at a time (two 50,000-row imports side by side would only slow
 * each other down on a small machine), while the page shows how far they are. Jobs are kept in
 * memory for their owner to look at; a restart forgets them, never the data (an import is one
 * transaction).
 */
@Component
class ImportJobs implements DisposableBean {

    private static final int KEPT_JOBS = 100;

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "course-import");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    enum Phase { QUEUED, CHECKING, WRITING, SAVING, DONE }

    /** One upload being imported, as far as the page needs to know (public accessors: the template reads them). */
    static final class Job implements ImportProgress {
        private final String id = UUID.randomUUID().toString();
        private final String owner;
        private final ImportFormat format;
        private final CompletableFuture<ImportReport> result = new CompletableFuture<>();
        private volatile Phase phase = Phase.QUEUED;
        private volatile int total;
        private volatile int written;

        Job(String owner, ImportFormat format) {
            this.owner = owner;
            this.format = format;
        }

        @Override
        public void checked(int courses) {
            total = courses;
            phase = courses == 0 ? Phase.SAVING : Phase.WRITING;
        }

        @Override
        public void written(int count) {
            written = count;
            if (count >= total) {
                phase = Phase.SAVING;
            }
        }

        public String id() {
            return id;
        }

        public ImportFormat format() {
            return format;
        }

        public Phase phase() {
            return result.isDone() ? Phase.DONE : phase;
        }

        public int total() {
            return total;
        }

        public int written() {
            return written;
        }

        public int percent() {
            return total == 0 ? 0 : (int) (100L * written / total);
        }

        public CompletableFuture<ImportReport> result() {
            return result;
        }
    }

    /** Queues an import; {@code work} runs on the import thread and reports to the job it is given. */
    Job start(String owner, ImportFormat format, Function<ImportProgress, ImportReport> work) {
        if (jobs.size() >= KEPT_JOBS) {
            jobs.values().removeIf(job -> job.result.isDone());
        }
        Job job = new Job(owner, format);
        jobs.put(job.id, job);
        executor.execute(() -> {
            job.phase = Phase.CHECKING;
            try {
                job.result.complete(work.apply(job));
            } catch (RuntimeException | Error e) {
                job.result.completeExceptionally(e);
            }
        });
        return job;
    }

    /** The job, only for the user who started it. */
    Optional<Job> find(String id, String owner) {
        return Optional.ofNullable(jobs.get(id)).filter(job -> job.owner.equals(owner));
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
