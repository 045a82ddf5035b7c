package com.llmcompare.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

import jakarta.validation.Validator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code import --fetch}: for each catalogue of {@code data/import/fetch.json}, asks which commit its ref points at
 * (conditionally: an unchanged ref answers 304 and nothing more is fetched), downloads the repository archive at
 * that commit, unpacks the reader's folder with a {@code SNAPSHOT.txt} of its own (address, commit, date fetched,
 * content hash) and imports it with the same {@link Importer} as a local snapshot, into a staged copy of
 * {@code data/}. Only when every catalogue succeeded (or, with {@code allowPartial}, for those that did) and
 * only with {@code write} do the changed files replace those of {@code data/}. A catalogue's record
 * ({@code data/import/fetched/{catalogue}.txt}) is rewritten only when its content hash changes, so a fetch that
 * brings nothing new changes no byte.
 */
final class FetchImport {

    static final String STATE = "import/fetch-state.json";

    static final String RECORDS = "import/fetched";

    /** The commit answer is small; anything larger is not one. */
    private static final long MAX_COMMIT_BYTES = 1024 * 1024;

    enum Status { IMPORTED, NOT_MODIFIED, FAILED }

    /** One catalogue's fetch: its import result when imported, the reason when not. */
    record Outcome(Catalogue catalogue, Status status, String message, Importer.Result result) {
    }

    /** Every catalogue's outcome, the files changed in {@code data/} (or that would be), and whether written. */
    record Result(List<Outcome> outcomes, List<String> changedFiles, boolean written) {

        boolean anyFailed() {
            return outcomes.stream().anyMatch(o -> o.status() == Status.FAILED);
        }
    }

    private final Validator validator;

    private final Fetcher fetcher;

    private final LocalDate today;

    FetchImport(Validator validator, Fetcher fetcher, LocalDate today) {
        this.validator = validator;
        this.fetcher = fetcher;
        this.today = today;
    }

    /** @param only the catalogues to fetch; empty for every one the file names */
    Result run(Path dataDir, List<Catalogue> only, boolean write, boolean allowPartial) {
        List<FetchSource> sources = FetchSource.read(dataDir).stream()
            .filter(source -> only.isEmpty() || only.contains(source.catalogue()))
            .toList();
        if (sources.isEmpty()) {
            throw new CatalogueException("data/" + FetchSource.FILE, null, null, "names none of the catalogues asked for");
        }
        Path staged = Importer.stage(dataDir, Map.of());
        try {
            ObjectNode state = state(staged);
            List<Outcome> outcomes = new ArrayList<>();
            for (FetchSource source : sources) {
                outcomes.add(fetchOne(source, staged, state));
            }
            if (!state.isEmpty() || Files.isRegularFile(staged.resolve(STATE))) {
                Files.writeString(staged.resolve(STATE), PrettyJson.write(state));
            }
            Result result = new Result(outcomes, changed(dataDir, staged), false);
            if (!write || (result.anyFailed() && !allowPartial) || result.changedFiles().isEmpty()) {
                return result;
            }
            for (String name : result.changedFiles()) {
                Path target = dataDir.resolve(name);
                Files.createDirectories(target.getParent());
                Path temp = target.resolveSibling(target.getFileName() + ".fetch-tmp");
                Files.copy(staged.resolve(name), temp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return new Result(outcomes, result.changedFiles(), true);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot stage the fetch in a temporary folder", ex);
        }
        finally {
            Importer.delete(staged);
        }
    }

    /**
     * One catalogue into the staged data set: a failure leaves it as it was (the importer writes the staged copy
     * only after its own check, and the record and state only follow a successful import).
     */
    private Outcome fetchOne(FetchSource source, Path staged, ObjectNode state) {
        Path folder = null;
        try {
            ObjectNode known = state.has(source.commitUrl()) ? (ObjectNode) state.get(source.commitUrl())
                    : JsonMapper.builder().build().createObjectNode();
            Fetcher.Answer commitAnswer = fetcher.get(source.commitUrl(), text(known, "etag"), text(known, "lastModified"),
                    MAX_COMMIT_BYTES);
            if (commitAnswer.notModified()) {
                return new Outcome(source.catalogue(), Status.NOT_MODIFIED, source.ref() + " has not moved since the "
                        + "last fetch (304 Not Modified): nothing to import", null);
            }
            Commit commit = commit(source, commitAnswer.body());
            String address = source.archiveUrl(commit.sha());
            Fetcher.Answer archive = fetcher.get(address, null, null, source.maxBytes());
            String hash = sha256(archive.body());
            folder = Files.createTempDirectory("llm-compare-fetch-");
            unpack(address, archive.body(), source.root(), folder);
            String record = record(source, commit, address, hash);
            Files.writeString(folder.resolve(Snapshot.FILE), record);
            Importer.Result imported = new Importer(validator).run(source.catalogue(), folder, staged, true);
            Path recordFile = staged.resolve(RECORDS).resolve(source.catalogue().id() + ".txt");
            if (!Files.isRegularFile(recordFile) || !Files.readString(recordFile).contains("sha256: " + hash)) {
                Files.createDirectories(recordFile.getParent());
                Files.writeString(recordFile, record);
            }
            ObjectNode updated = known.deepCopy();
            putOrRemove(updated, "etag", commitAnswer.etag());
            putOrRemove(updated, "lastModified", commitAnswer.lastModified());
            state.set(source.commitUrl(), updated);
            return new Outcome(source.catalogue(), Status.IMPORTED, source.repository() + " " + commit.sha().substring(0, 7)
                    + " (" + commit.date() + ")", imported);
        }
        catch (CatalogueException ex) {
            return new Outcome(source.catalogue(), Status.FAILED, ex.getMessage(), null);
        }
        catch (IOException ex) {
            return new Outcome(source.catalogue(), Status.FAILED, "cannot unpack or stage: " + ex.getMessage(), null);
        }
        finally {
            if (folder != null) {
                Importer.delete(folder);
            }
        }
    }

    record Commit(String sha, String date) {
    }

    /** GitHub's commit answer: its {@code sha} and {@code commit.committer.date}; any other shape is refused. */
    private static Commit commit(FetchSource source, byte[] body) {
        JsonNode node;
        try {
            node = JsonMapper.builder().build().readTree(new String(body, StandardCharsets.UTF_8));
        }
        catch (JacksonException ex) {
            throw Fetcher.failure(source.commitUrl(), "the commit answer is not JSON: its shape changed");
        }
        String sha = node.path("sha").asString("");
        String date = node.path("commit").path("committer").path("date").asString("");
        if (!sha.matches("[0-9a-f]{40}") || !date.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            throw Fetcher.failure(source.commitUrl(), "the commit answer has no 40-character sha and commit.committer.date: "
                    + "its shape changed");
        }
        return new Commit(sha, date.substring(0, 10));
    }

    /**
     * The archive's files under {@code root} (its top folder, {@code repo-commit/}, left out), into {@code into};
     * an entry that would land outside it is refused, and so is an archive that ends early.
     */
    private static void unpack(String address, byte[] archive, String root, Path into) {
        String prefix = root.isEmpty() ? "" : (root.endsWith("/") ? root : root + "/");
        int files = 0;
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(
                new ByteArrayInputStream(archive)))) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null;) {
                String name = entry.getName();
                int slash = name.indexOf('/');
                String inRepo = slash < 0 ? "" : name.substring(slash + 1);
                if (!entry.isFile() || !inRepo.startsWith(prefix) || inRepo.length() == prefix.length()) {
                    continue;
                }
                Path target = into.resolve(inRepo.substring(prefix.length())).normalize();
                if (!target.startsWith(into)) {
                    throw Fetcher.failure(address, "the archive holds a path outside its folder: " + name);
                }
                Files.createDirectories(target.getParent());
                Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                files++;
            }
        }
        catch (IOException ex) {
            throw Fetcher.failure(address, "truncated or not a tar.gz archive: " + ex.getMessage());
        }
        if (files == 0) {
            throw Fetcher.failure(address, "the archive holds no file under '" + root + "': its layout changed");
        }
    }

    /** Like a hand-made SNAPSHOT.txt, so that {@link Snapshot} reads it and every value cites the commit. */
    private String record(FetchSource source, Commit commit, String address, String hash) {
        return "repository: " + source.repository() + "\n"
                + "commit: " + commit.sha() + "\n"
                + "commit date: " + commit.date() + "\n"
                + "ref: " + source.ref() + "\n"
                + "address: " + address + "\n"
                + "root: " + (source.root().isEmpty() ? "(the whole repository)" : source.root()) + "\n"
                + "fetched: " + today + " by import --fetch\n"
                + "sha256: " + hash + "\n";
    }

    /** Files that differ between the staged copy and {@code data/}, or that only the copy has. */
    private static List<String> changed(Path dataDir, Path staged) throws IOException {
        List<String> changed = new ArrayList<>();
        try (Stream<Path> files = Files.walk(staged)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = staged.relativize(file).toString().replace('\\', '/');
                Path original = dataDir.resolve(name);
                if (!Files.isRegularFile(original) || Files.mismatch(original, file) >= 0) {
                    changed.add(name);
                }
            }
        }
        return changed;
    }

    private static ObjectNode state(Path staged) {
        Path file = staged.resolve(STATE);
        try {
            return Files.isRegularFile(file) ? (ObjectNode) JsonMapper.builder().build().readTree(Files.readString(file))
                    : JsonMapper.builder().build().createObjectNode();
        }
        catch (IOException | JacksonException | ClassCastException ex) {
            throw new CatalogueException("data/" + STATE, null, null, "is not a JSON object of addresses");
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asString() : null;
    }

    private static void putOrRemove(ObjectNode node, String field, String value) {
        if (value == null) {
            node.remove(field);
        }
        else {
            node.put(field, value);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
