package com.llmcompare.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which commit of a catalogue's repository a local folder holds, from its {@code SNAPSHOT.txt}
 * ("repository: …", "commit: …", "commit date: …"): part of every imported value's provenance.
 * The URL of a file is that of the upstream file at that commit (a board may keep its files in
 * other folders than upstream: its reader says where each came from).
 */
public record Snapshot(String repository, String commit, String date, String root) {

    public Snapshot(String repository, String commit, String date) {
        this(repository, commit, date, "");
    }

    static final String FILE = "SNAPSHOT.txt";

    private static final Pattern REPOSITORY = Pattern.compile("[\\w.-]+/[\\w.-]+");

    private static final Pattern COMMIT = Pattern.compile("\\b[0-9a-f]{40}\\b");

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * Reads the three facts from lines "key: value", whichever words follow them (the snapshots are
     * written by people): the first {@code owner/name} after "repository", the first full commit
     * hash on a line whose key starts with "commit", and the date of "commit date" — or, without
     * that line, the first date on the commit's line.
     */
    static Snapshot read(Path folder) {
        return read(folder, "");
    }

    /**
     * @param defaultRoot the folder of the repository the snapshot's files come from, where its SNAPSHOT.txt
     *        names none ("root: …", as the fetch writes it): genai-prices keeps its files in {@code prices/}
     */
    static Snapshot read(Path folder, String defaultRoot) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new CatalogueException(FILE, null, null,
                    "missing in " + folder + ": it names the repository, commit and date of the snapshot");
        }
        String repository = null;
        String commit = null;
        String commitLineDate = null;
        String date = null;
        String root = null;
        try {
            for (String line : Files.readAllLines(file)) {
                int colon = line.indexOf(':');
                if (colon <= 0 || Character.isWhitespace(line.charAt(0))) {
                    continue;
                }
                String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = line.substring(colon + 1).trim();
                if (key.equals("root") && root == null) {
                    root = value.startsWith("(") ? "" : value.replaceAll("^/+|/+$", "");
                }
                else if (key.startsWith("repository") && repository == null) {
                    repository = first(REPOSITORY, value);
                }
                else if (key.equals("commit date") && date == null) {
                    date = value.matches("\\d{4}-\\d{2}-\\d{2}.*") ? value.substring(0, 10) : "";
                }
                else if (key.startsWith("commit") && commit == null) {
                    commit = first(COMMIT, value);
                    commitLineDate = commit == null ? null : first(DATE, value.substring(value.indexOf(commit)));
                }
            }
        }
        catch (IOException ex) {
            throw new CatalogueException(FILE, null, null, "cannot be read: " + ex.getMessage());
        }
        required("repository", repository, "owner/name");
        required("commit", commit, "a full 40-character commit hash");
        if (date == null) {
            date = commitLineDate;
        }
        required("commit date", date == null || date.isEmpty() ? null : date, "YYYY-MM-DD");
        return new Snapshot(repository, commit, date, root != null ? root : defaultRoot);
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group() : null;
    }

    private static void required(String name, String value, String what) {
        if (value == null) {
            throw new CatalogueException(FILE, null, name, "must give " + what);
        }
    }

    /** The first 7 characters of the commit, as Git shows it. */
    public String shortCommit() {
        return commit.substring(0, 7);
    }

    /** The file at this commit on GitHub: one click from a value to the entry it came from. */
    public String url(String path) {
        return "https://github.com/" + repository + "/blob/" + commit + "/" + (root.isEmpty() ? "" : root + "/") + path;
    }
}
