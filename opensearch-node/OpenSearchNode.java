import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * One OpenSearch 2.x node on 127.0.0.1 for the tests, started in a JVM of its own:
 * {@code java -Xmx512m -cp <classpath of this project> OpenSearchNode.java <dir> <http port>}.
 * Prints {@code READY <url>} once the cluster is yellow, and stops when its standard input
 * closes — so it never outlives the test JVM that started it, however that one ends.
 */
public class OpenSearchNode {

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int httpPort = Integer.parseInt(args[1]);
        Files.createDirectories(dir);
        OpenSearchRunner runner = new OpenSearchRunner();
        // The runner names the cluster manager nodes itself; discovery.type=single-node makes it fail.
        runner.setMaxHttpPort(httpPort + 100);
        runner.onBuild((number, settings) -> {
            settings.put("network.host", "127.0.0.1");
            settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
        }).build(OpenSearchRunner.newConfigs().basePath(dir.toString()).numOfNode(1).clusterName("ctw-test")
                .baseHttpPort(httpPort - 1).disableESLogger());
        runner.ensureYellow();
        // The runner takes the first free port from the one asked for.
        System.out.println("READY http://127.0.0.1:" + runner.node().settings().get("http.port"));
        System.out.flush();
        while (System.in.read() != -1) {
            // Wait for the parent to close the pipe (or die).
        }
        runner.close();
        runner.clean();
    }
}
