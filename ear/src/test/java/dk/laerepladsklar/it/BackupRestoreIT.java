package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import dk.laerepladsklar.it.support.CareerPlanHttp;
import dk.laerepladsklar.it.support.StandaloneTool;
import dk.laerepladsklar.it.support.ToolUnderTest;
import dk.laerepladsklar.it.support.TusUploads;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Backup and restore as an operator does them, end to end: an installation (WildFly on standalone.xml, PostgreSQL, a
 * media directory) where a student wrote their career plan and answered a section by voice; {@code bin/backup}; the
 * installation stopped; {@code bin/restore} into a new, empty database and an empty media directory; a freshly started
 * tool on them, where the same student finds the text and the recording, byte for byte. And what a restore refuses
 * before touching anything: another key-encryption key, a missing, cut-off or damaged archive, a target that is not
 * empty; and a backup without a pg_dump of the server's version.
 *
 * <p>The installation's PostgreSQL here is 15, the major version of Debian 12's pg_dump (postgresql-client-15): the other
 * tests' PostgreSQL 18 ships no pg_dump, and an older pg_dump refuses a newer server.
 */
class BackupRestoreIT {

    private static final int OFFSET = 2600;
    private static final int PG_PORT = 17632;
    private static final String KEY = "YmFja3VwLXRlc3Qga2V5LWVuY3J5cHRpb24ga2V5IDE=";     // test value, 32 bytes
    private static final String OTHER_KEY = "YW5vdGhlciBpbnN0YWxsYXRpb24ncyBrZXkgMzIgYnk="; // test value, 32 bytes
    private static final String COURSE = "course-8901";
    private static final String STUDENT = "student-8901-1";
    private static final String PLAN = "career-plan:plan";
    private static final Path ROOT = Path.of(System.getProperty("lpk.project.root", "..")).toAbsolutePath().normalize();
    private static final Path WORK = ROOT.resolve("ear/target/backup-it");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    private static ZipFile binaries;
    private static EmbeddedPostgres postgres;
    private static Path archive;
    private static String strengths;
    private static byte[] voice;
    private static String voiceId;

    @BeforeAll
    static void anInstallationWhereAStudentHasWorkIsBackedUp() throws Exception {
        StandaloneTool.deleteTree(WORK);
        Files.createDirectories(WORK);
        binaries = new ZipFile(System.getProperty("lpk.test.backup-postgres"));
        postgres = EmbeddedPostgres.builder().setPort(PG_PORT)
                .setPgBinaryResolver((system, machine) -> binaries.getInputStream(binaries.getEntry("postgres-linux-x86_64.txz")))
                .start();
        sql("postgres", "create database lpk_live", "create database lpk_restored", "create database lpk_refused");

        try (StandaloneTool live = StandaloneTool.start(WORK.resolve("live-server"), OFFSET, installation("lpk_live", "media-live", KEY))) {
            ToolUnderTest tool = live.address();
            CareerPlanHttp plans = new CareerPlanHttp(tool.client(), tool);
            CareerPlanHttp.Person ali = plans.open(COURSE, plans.place(COURSE, PLAN), STUDENT);
            strengths = "Jeg er præcis og møder til tiden. Eksempel: Jeg målte alle brædder to gange på værkstedet.";
            plans.write(ali, "strengths", strengths);
            voice = Files.readAllBytes(ROOT.resolve("modules/media/src/test/resources/samples/voice.webm"));
            TusUploads tus = new TusUploads(tool.toolBase());
            HttpResponse<String> created = tus.create(ali.jar(), ali.lc(), voice.length,
                    Map.of("purpose", "voice-answer", "ref", "career-plan:strengths"));
            assertEquals(201, created.statusCode(), created.body());
            HttpResponse<String> sent = tus.patch(ali.jar(), tus.uploadUrl(created, ali.lc()), 0, voice, 0, voice.length);
            assertEquals(204, sent.statusCode(), sent.body());
            voiceId = sent.headers().firstValue("Lpk-Media-Id").orElseThrow(() -> new AssertionError("no media id"));
            Map<String, Object> plan = plan(plans, ali);
            assertEquals(strengths, section(plan, "strengths").get("text"));
            assertTrue(String.valueOf(section(plan, "strengths").get("voice")).contains(voiceId), plan.toString());

            // The backup is taken while the tool runs, as it would be at night.
            Run backup = run(List.of("bin/backup", "--to", WORK.resolve("backups").toString()), installation("lpk_live", "media-live", KEY));
            assertEquals(0, backup.exit(), backup.output());
            try (Stream<Path> written = Files.list(WORK.resolve("backups"))) {
                archive = written.filter(p -> p.getFileName().toString().matches("laerepladsklar-backup-\\d{8}T\\d{6}Z\\.tar"))
                        .findFirst().orElseThrow(() -> new AssertionError("no archive: " + backup.output()));
            }
        }
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
        if (binaries != null) {
            binaries.close();
        }
    }

    @Test
    void theBackupHoldsTheDatabaseAndTheMediaWithAManifestButNotTheKey() throws Exception {
        Path unpacked = WORK.resolve("unpacked");
        Files.createDirectories(unpacked);
        Run tar = run(List.of("tar", "-C", unpacked.toString(), "-xf", archive.toString()), Map.of());
        assertEquals(0, tar.exit(), tar.output());
        Properties manifest = new Properties();
        try (var in = Files.newBufferedReader(unpacked.resolve("manifest.properties"))) {
            manifest.load(in);
        }
        assertEquals("1", manifest.getProperty("media.files"), manifest.toString());
        assertEquals(String.valueOf(voice.length), manifest.getProperty("media.bytes"));
        assertEquals("0", manifest.getProperty("media.missing"));
        assertEquals(sha256(Base64.getDecoder().decode(KEY)), manifest.getProperty("key-encryption-key.sha256"));
        assertEquals("yes", manifest.getProperty("key-encryption-key.checked"), "the key opened the tool's keys");
        assertEquals(latestMigration("lpk_live"), manifest.getProperty("database.schema-version"));
        assertTrue(manifest.getProperty("database.server-version").startsWith("15."), manifest.toString());
        assertTrue(manifest.getProperty("tool.version").matches("\\d+\\.\\d+\\.\\d+.*"), manifest.toString());
        assertTrue(manifest.getProperty("created").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), manifest.toString());
        Path file = unpacked.resolve("media/items/" + voiceId.substring(0, 2) + "/" + voiceId);
        assertArrayEquals(voice, Files.readAllBytes(file));
        assertTrue(Files.readString(unpacked.resolve("SHA256SUMS")).contains(sha256(voice) + "  media/items/"));
        byte[] all = Files.readAllBytes(archive);
        assertFalse(contains(all, KEY.getBytes(StandardCharsets.US_ASCII)), "the key is not in the backup");
        assertFalse(contains(all, Base64.getDecoder().decode(KEY)), "not even as bytes");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(archive)),
                "the archive holds personal data: its owner reads it, nobody else");
    }

    @Test
    void aFreshInstallationRestoredFromTheBackupHasTheStudentsWork() throws Exception {
        Run restore = run(List.of("bin/restore", archive.toString()), installation("lpk_restored", "media-restored", KEY));
        assertEquals(0, restore.exit(), restore.output());
        assertEquals(latestMigration("lpk_live"), latestMigration("lpk_restored"));
        Path restoredFile = WORK.resolve("media-restored/items/" + voiceId.substring(0, 2) + "/" + voiceId);
        assertEquals(sha256(voice), sha256(Files.readAllBytes(restoredFile)));

        try (StandaloneTool restored = StandaloneTool.start(WORK.resolve("restored-server"), OFFSET,
                installation("lpk_restored", "media-restored", KEY))) {
            ToolUnderTest tool = restored.address();
            CareerPlanHttp plans = new CareerPlanHttp(tool.client(), tool);
            // The demo LMS keeps its course page in memory, so its teacher places the plan again; the plan is the
            // student's, one per school, and what they wrote is in it. Placing it signs a Deep Linking answer with the
            // tool's private key: the restored keys open with the installation's key-encryption key.
            CareerPlanHttp.Person ali = plans.open(COURSE, plans.place(COURSE, PLAN), STUDENT);
            Map<String, Object> section = section(plan(plans, ali), "strengths");
            assertEquals(strengths, section.get("text"));
            String voiceUrl = String.valueOf(section.get("voice"));
            assertTrue(voiceUrl.contains(voiceId), "the same recording: " + voiceUrl);
            HttpResponse<byte[]> played = HTTP.send(HttpRequest.newBuilder(URI.create(tool.toolBase()
                    + voiceUrl.substring(voiceUrl.indexOf("/api/")))).header("Cookie", ali.jar().header()).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, played.statusCode());
            assertEquals(sha256(voice), sha256(played.body()), "the recording plays back byte for byte");
        }
    }

    @Test
    void aRestoreRefusesAnotherKeyABadArchiveAndATargetThatIsNotEmptyBeforeTouchingAnything() throws Exception {
        Map<String, String> target = installation("lpk_refused", "media-refused", KEY);

        Run otherKey = run(List.of("bin/restore", archive.toString()), installation("lpk_refused", "media-refused", OTHER_KEY));
        assertRefused(otherKey, "not the one this backup was made with");
        Map<String, String> noKey = new HashMap<>(target);
        noKey.remove("LPK_KEY_ENCRYPTION_KEY");
        assertRefused(run(List.of("bin/restore", archive.toString()), noKey), "key-encryption key is needed");

        assertRefused(run(List.of("bin/restore", WORK.resolve("backups/no-such-backup.tar").toString()), target), "no such backup");
        byte[] bytes = Files.readAllBytes(archive);
        Path cut = WORK.resolve("cut-off.tar");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertRefused(run(List.of("bin/restore", cut.toString()), target), "cannot be unpacked");
        Path damaged = WORK.resolve("damaged.tar");
        byte[] changed = bytes.clone();
        int dump = indexOf(changed, "PGDMP".getBytes(StandardCharsets.US_ASCII));
        assertTrue(dump > 0, "the dump is in the archive");
        changed[dump + 4000] ^= 0x5a; // one byte inside the database dump
        Files.write(damaged, changed);
        assertRefused(run(List.of("bin/restore", damaged.toString()), target), "the backup is damaged");
        Path notABackup = WORK.resolve("not-a-backup.tar");
        Run tar = run(List.of("tar", "-C", ROOT.resolve("docs").toString(), "-cf", notABackup.toString(), "."), Map.of());
        assertEquals(0, tar.exit(), tar.output());
        assertRefused(run(List.of("bin/restore", notABackup.toString()), target), "not a backup of this tool");

        // A database with the tool's tables in it: the live one.
        Run intoLive = run(List.of("bin/restore", archive.toString()), installation("lpk_live", "media-refused", KEY));
        assertRefused(intoLive, "is not empty");
        assertTrue(intoLive.output().contains("lpk_live"), intoLive.output());
        Path mediaInUse = WORK.resolve("media-refused/items/ab/kept");
        Files.createDirectories(mediaInUse.getParent());
        Files.writeString(mediaInUse, "a file of another installation");
        assertRefused(run(List.of("bin/restore", archive.toString()), target), "media directory");
        assertEquals("a file of another installation", Files.readString(mediaInUse), "nothing in it was replaced");
        assertEquals(1, count("lpk_live", "select count(*) from media_item"), "the live database is as it was");

        // --force restores over a database and a media directory that are not empty: the live installation, stopped,
        // is rolled back to its backup, and the other installation's file is gone from the directory.
        Run forced = run(List.of("bin/restore", archive.toString(), "--force"), installation("lpk_live", "media-refused", KEY));
        assertEquals(0, forced.exit(), forced.output());
        assertFalse(Files.exists(mediaInUse), "replaced");
        assertArrayEquals(voice, Files.readAllBytes(WORK.resolve("media-refused/items/" + voiceId.substring(0, 2) + "/" + voiceId)));
        assertEquals(1, count("lpk_live", "select count(*) from media_item where id = '" + voiceId + "'"));

        // A backup made with a key that does not open the tool's keys would ask for that wrong key at its restore.
        Run wrongKey = run(List.of("bin/backup", "--to", WORK.resolve("no-backups").toString()),
                installation("lpk_live", "media-live", OTHER_KEY));
        assertNotEquals(0, wrongKey.exit(), wrongKey.output());
        assertTrue(wrongKey.output().contains("does not open the tool's private keys"), wrongKey.output());
        assertFalse(holdsFiles(WORK.resolve("no-backups")), "no archive was written");

        // Only a pg_dump older than the server (here one that says it is 14): the backup says so and writes nothing.
        Path oldClients = Files.createDirectories(WORK.resolve("old-clients"));
        Files.writeString(oldClients.resolve("psql"), "#!/bin/sh\nexec psql \"$@\"\n");
        Files.writeString(oldClients.resolve("pg_dump"), "#!/bin/sh\necho 'pg_dump (PostgreSQL) 14.9'\n");
        for (Path script : List.of(oldClients.resolve("psql"), oldClients.resolve("pg_dump"))) {
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        }
        Map<String, String> withOldPgDump = new HashMap<>(installation("lpk_live", "media-live", KEY));
        withOldPgDump.put("PG_BIN", oldClients.toString());
        Run backup = run(List.of("bin/backup", "--to", WORK.resolve("no-backups").toString()), withOldPgDump);
        assertNotEquals(0, backup.exit(), backup.output());
        assertTrue(backup.output().contains("pg_dump 15 or newer is needed (the database server is PostgreSQL 15)")
                && backup.output().contains("pg_dump (14)") && backup.output().contains("postgresql-client-15"), backup.output());
        assertFalse(holdsFiles(WORK.resolve("no-backups")), "no archive was written");
    }

    private static boolean holdsFiles(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.findAny().isPresent();
        }
    }

    private static void assertRefused(Run run, String reason) throws SQLException {
        assertNotEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains(reason), "expected \"" + reason + "\" in: " + run.output());
        assertEquals(0, count("lpk_refused", "select count(*) from pg_tables where schemaname = 'public'"),
                "nothing was restored: " + run.output());
    }

    /** The settings an installation runs with, as the tool and the scripts read them. */
    private static Map<String, String> installation(String database, String media, String key) {
        Map<String, String> env = new HashMap<>();
        env.put("LPK_DB_URL", "jdbc:postgresql://127.0.0.1:" + PG_PORT + "/" + database);
        env.put("LPK_DB_USER", "postgres");
        env.put("LPK_DB_PASSWORD", "postgres");
        env.put("LPK_MEDIA_DIR", WORK.resolve(media).toString());
        env.put("LPK_KEY_ENCRYPTION_KEY", key);
        return env;
    }

    private record Run(int exit, String output) {
    }

    private static Run run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("LPK_") || name.startsWith("PG"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), command + " did not end: " + output);
        System.out.println("$ " + String.join(" ", command) + " -> " + process.exitValue() + System.lineSeparator() + output);
        return new Run(process.exitValue(), output);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> plan(CareerPlanHttp plans, CareerPlanHttp.Person who) throws Exception {
        HttpResponse<String> shown = plans.student(who, "GET", "", null, null);
        assertEquals(200, shown.statusCode(), shown.body());
        return JSONObjectUtils.parse(shown.body());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> plan, String key) {
        Map<String, Object> section = (Map<String, Object>) ((Map<String, Object>) plan.get("sections")).get(key);
        if (section == null) {
            throw new AssertionError("no section " + key + " in " + plan);
        }
        return section;
    }

    private static String latestMigration(String database) throws SQLException {
        try (Connection c = postgres.getDatabase("postgres", database).getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select version from flyway_schema_history where success and version is not null "
                     + "order by installed_rank desc limit 1")) {
            assertTrue(r.next());
            return r.getString(1);
        }
    }

    private static long count(String database, String query) throws SQLException {
        try (Connection c = postgres.getDatabase("postgres", database).getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void sql(String database, String... statements) throws SQLException {
        try (Connection c = postgres.getDatabase("postgres", database).getConnection(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        return indexOf(haystack, needle) >= 0;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
