package dk.laerepladsklar.it.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The log of the WildFly the tests run on, to check what the tool logged (and what it did not show). */
public final class ServerLog {

    private ServerLog() {
    }

    public static String text() throws IOException {
        Path log = Path.of(System.getProperty("lpk.wildfly.home", "target/wildfly"), "standalone", "log", "server.log");
        return Files.isRegularFile(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
    }

    /** The line that contains {@code needle} and the lines after it (a logged exception's trace), or "" if none. */
    public static String entry(String needle, int linesAfter) throws IOException {
        String[] lines = text().split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                StringBuilder entry = new StringBuilder();
                for (int j = i; j < Math.min(lines.length, i + 1 + linesAfter); j++) {
                    entry.append(lines[j]).append('\n');
                }
                return entry.toString();
            }
        }
        return "";
    }
}
