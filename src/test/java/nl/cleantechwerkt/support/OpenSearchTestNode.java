package nl.cleantechwerkt.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real OpenSearch 2.x node on 127.0.0.1 for the tests on profile {@code opensearch}, started
 * once per test JVM on first use and stopped when the JVM exits. It runs in a JVM of its own
 * ({@code opensearch-node/OpenSearchNode.java} with the classpath the build resolved into
 * {@code target/opensearch-node.classpath}), because it brings OpenSearch's own Lucene, which
 * must not meet the application's. {@code -Xmx512m} keeps it from taking a quarter of the RAM.
 * The child stops when its standard input closes, so it cannot outlive this JVM.
 */
public final class OpenSearchTestNode {

    private static final long START_TIMEOUT_SECONDS = 180;
    private static volatile String uris;

    private OpenSearchTestNode() {
    }

    /** Whether the tests run on the OpenSearch backend (the build's {@code opensearch} execution). */
    public static boolean active() {
        return System.getProperty("spring.profiles.active", "").contains("opensearch");
    }

    /** The node's URL, starting it on first call. */
    public static synchronized String uris() {
        if (uris == null) {
            uris = start();
        }
        return uris;
    }

    private static String start() {
        Path target = Path.of("target");
        Path classpath = Path.of(System.getProperty("opensearch.node.classpath", "target/opensearch-node.classpath"));
        Path launcher = Path.of("opensearch-node", "OpenSearchNode.java");
        try {
            if (!Files.exists(classpath)) {
                throw new IllegalStateException("No " + classpath + ": run the tests through Maven (./mvnw verify), which resolves it");
            }
            Path dir = Files.createTempDirectory(Files.createDirectories(target), "opensearch-node-");
            Path log = target.resolve("opensearch-node.log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(List.of(java, "-Xmx512m", "-Xms512m", "-XX:+UseSerialGC",
                    "-cp", Files.readString(classpath).trim(), launcher.toString(), dir.toString(),
                    Integer.toString(freePort())))
                    .redirectErrorStream(true)
                    .start();
            CompletableFuture<String> ready = new CompletableFuture<>();
            Thread reader = new Thread(() -> copyUntilEnd(process, log, ready), "opensearch-node-output");
            reader.setDaemon(true);
            reader.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process), "opensearch-node-stop"));
            String url = ready.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            System.out.println("OpenSearch test node ready at " + url + " (log: " + log + ")");
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("OpenSearch test node did not start; see target/opensearch-node.log", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void copyUntilEnd(Process process, Path log, CompletableFuture<String> ready) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.write(line);
                out.write('\n');
                out.flush();
                if (line.startsWith("READY ")) {
                    ready.complete(line.substring("READY ".length()).trim());
                }
            }
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
        ready.completeExceptionally(new IllegalStateException("OpenSearch node exited with " + exitCode(process)));
    }

    private static String exitCode(Process process) {
        try {
            return process.waitFor(5, TimeUnit.SECONDS) ? Integer.toString(process.exitValue()) : "(still running)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(interrupted)";
        }
    }

    private static void stop(Process process) {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException | InterruptedException e) {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
