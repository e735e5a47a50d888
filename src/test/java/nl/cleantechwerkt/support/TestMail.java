package nl.cleantechwerkt.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One SMTP server (GreenMail) for the whole test JVM, on a free port of 127.0.0.1, started
 * when the first integration test context asks for its port ({@link IntegrationTest} points
 * {@code spring.mail.*} at it, so all integration tests keep sharing one context). It keeps
 * every message it receives; tests look only at the messages for addresses of their own.
 */
public final class TestMail {

    private static final GreenMail SERVER = start();
    private static final Pattern PASSWORD_LINK = Pattern.compile("https?://[^/\\s]+(/wachtwoord-instellen/[0-9a-f]{64})");

    private TestMail() {
    }

    private static GreenMail start() {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "greenmail-stop"));
        return server;
    }

    public static String host() {
        return "127.0.0.1";
    }

    public static int port() {
        return SERVER.getSmtp().getPort();
    }

    /** Everything received so far for this address. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(SERVER.getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
    }

    /**
     * Waits (up to ten seconds, returning as soon as they are there) until {@code count} messages
     * have arrived for this address, and returns them. Mail is sent on its own thread after the
     * commit, so a request can return before its mail has arrived.
     */
    public static List<MimeMessage> awaitTo(String address, int count) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (to(address).size() < count && System.nanoTime() < deadline) {
            SERVER.waitForIncomingEmail(200, SERVER.getReceivedMessages().length + 1);
        }
        return to(address);
    }

    /** The path of the one-time password link in the latest of {@code count} mails to this address. */
    public static String passwordLink(String address, int count) {
        List<MimeMessage> mails = awaitTo(address, count);
        if (mails.size() < count) {
            throw new AssertionError("No mail number " + count + " for " + address);
        }
        try {
            Matcher link = PASSWORD_LINK.matcher((String) mails.get(count - 1).getContent());
            if (!link.find()) {
                throw new AssertionError("No password link in the mail to " + address);
            }
            return link.group(1);
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(r -> r.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
