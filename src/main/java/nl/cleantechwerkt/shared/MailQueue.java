package nl.cleantechwerkt.shared;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends e-mail once the current transaction has committed, on one mail thread (in order, one at
 * a time): a rolled-back change never mails, and the person who caused the mail does not wait
 * for the mail server. A failed send is logged and dropped; callers keep what they must keep in
 * the database. Without {@code spring.mail.host} Spring Boot creates no {@link JavaMailSender},
 * and nothing is sent.
 *
 * <p>The executor is a private field, not a bean: an {@code Executor} bean would replace the
 * task executor Spring Boot configures for the rest of the application.
 */
@Component
public class MailQueue implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MailQueue.class);
    private static final int QUEUED_MAILS = 1000;

    private final JavaMailSender sender;
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUED_MAILS), runnable -> {
                Thread thread = new Thread(runnable, "mail");
                thread.setDaemon(true);
                return thread;
            });

    MailQueue(ObjectProvider<JavaMailSender> sender) {
        this.sender = sender.getIfAvailable();
    }

    /** Whether mail can be sent at all. */
    public boolean available() {
        return sender != null;
    }

    /**
     * Queues the mail when the current transaction commits (at once without one); {@code sent}
     * runs on the mail thread after a successful send. Returns false when mail is not configured.
     */
    public boolean sendAfterCommit(SimpleMailMessage mail, String what, Runnable sent) {
        if (sender == null) {
            return false;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    queue(mail, what, sent);
                }
            });
        } else {
            queue(mail, what, sent);
        }
        return true;
    }

    private void queue(SimpleMailMessage mail, String what, Runnable sent) {
        try {
            executor.execute(() -> send(mail, what, sent));
        } catch (RejectedExecutionException e) {
            log.warn("Mail queue full or closed: {} not sent", what);
        }
    }

    private void send(SimpleMailMessage mail, String what, Runnable sent) {
        try {
            sender.send(mail);
        } catch (RuntimeException e) {
            log.warn("E-mail ({}) not sent: {}", what, e.toString());
            return;
        }
        try {
            sent.run();
        } catch (RuntimeException e) {
            log.warn("E-mail ({}) sent, but not recorded as sent", what, e);
        }
    }

    /** Lets queued mails go out on a normal shutdown, but does not hold it up for long. */
    @Override
    public void destroy() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            log.warn("{} e-mails not sent at shutdown", executor.shutdownNow().size());
        }
    }
}
