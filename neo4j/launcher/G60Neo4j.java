// Starts Neo4j Community (embedded DBMS) with its Bolt connector on 127.0.0.1.
//
// Run as a single-file Java program (JEP 330) on the classpath Maven resolves from neo4j/pom.xml, so the project
// needs no compile step and no build tool beyond Maven for Neo4j itself. The Node side (server/src/neo4j/) starts
// it, waits for the READY line and stops it with SIGTERM; closing stdin also stops it, so an instance never
// outlives the process that started it.
//
// Arguments: <homeDir> <boltPort> <pageCacheMiB>. Heap is the JVM's -Xmx, set by the caller.
//
// Authentication is on: the user `neo4j` gets a random password kept in <homeDir>/bolt-password (owner only,
// inside a home that is owner only), set again at every start so the file is always the truth. Local commands
// read it from there; a browser page on the same machine cannot, so Bolt over WebSocket from any web page is
// refused at login.

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public final class G60Neo4j {
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: G60Neo4j <homeDir> <boltPort> <pageCacheMiB>");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        long pageCacheMiB = Long.parseLong(args[2]);
        Files.createDirectories(home);
        // Owner only: the store holds every fact; nothing below the home is reachable by other local users.
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
        // LOAD CSV reads only from here. Left unset, Neo4j resolves file:/// URLs against the whole file system.
        Path imports = home.resolve("import");
        Files.createDirectories(imports);
        Files.writeString(home.resolve("neo4j.pid"), Long.toString(ProcessHandle.current().pid()));

        long started = System.nanoTime();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                // The web app talks GraphQL to our own server; Neo4j's HTTP API is not needed.
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, imports)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // Guard against a runaway query taking the whole instance down; the API sets shorter limits.
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
                .build();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            try {
                Files.deleteIfExists(home.resolve("neo4j.pid"));
            } catch (IOException ignored) {
                // the pid file is advisory only
            }
        }, "g60-neo4j-shutdown"));

        // EOF on stdin means the parent went away: exit, which runs the shutdown hook. Watched from here on, so an
        // instance whose parent died while it was still starting does not linger either.
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // ignore input
                }
            } catch (IOException ignored) {
                // treat as EOF
            }
            if (!"inherit".equals(System.getenv("G60_NEO4J_STDIN"))) {
                System.exit(0);
            }
        }, "g60-neo4j-stdin");
        watcher.setDaemon(true);
        watcher.start();

        if (!dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(120_000)) {
            System.err.println("G60_NEO4J_FAILED default database did not become available within 120 s");
            System.exit(1);
        }
        // The embedded API runs with full rights, so it can set the password the Bolt clients must then give.
        // Neo4j refuses to set the password a user already has, which is the case on every start after the
        // first: pass through a throwaway one so the file's password is set whatever the store held before.
        try {
            var system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            String setPassword = "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED";
            system.executeTransactionally(setPassword, Map.of("password", randomSecret()));
            system.executeTransactionally(setPassword, Map.of("password", password(home)));
        } catch (Exception e) {
            // Without its password set, no client can log in: stop rather than run unusable.
            System.err.println("G60_NEO4J_FAILED could not set the password: " + e.getMessage());
            System.exit(1);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("G60_NEO4J_READY bolt://127.0.0.1:" + port + " " + millis + "ms");
        System.out.flush();

        Thread.currentThread().join();
    }

    /** The password in <home>/bolt-password, made on the first start. */
    private static String password(Path home) throws IOException {
        Path file = home.resolve("bolt-password");
        if (Files.exists(file)) {
            String kept = Files.readString(file).trim();
            if (kept.length() >= 16) return kept;
        }
        String made = randomSecret();
        Files.writeString(file, made);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return made;
    }

    private static String randomSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
