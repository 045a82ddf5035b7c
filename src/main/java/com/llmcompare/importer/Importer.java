package com.llmcompare.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.llmcompare.data.DataSet;
import com.llmcompare.data.DataSetException;
import com.llmcompare.data.DataSetReader;
import com.llmcompare.data.DataSetValidator;

import jakarta.validation.Validator;

/**
 * Imports one catalogue snapshot into {@code data/}: reads and checks the catalogue, merges it
 * into copies of the data files, checks the result with the loader's own reader and validator,
 * and only then — when asked to write — replaces the files that changed. Any problem stops the
 * import before anything in {@code data/} is touched.
 */
public final class Importer {

    private final Validator validator;

    public Importer(Validator validator) {
        this.validator = validator;
    }

    /** The report, and the files (by path in {@code data/}) the import writes or would write. */
    public record Result(ImportReport report, List<String> changedFiles, boolean written) {
    }

    public Result run(Catalogue catalogue, Path catalogueDir, Path dataDir, boolean write) {
        if (!Files.isDirectory(catalogueDir)) {
            throw new CatalogueException(catalogueDir.toString(), null, null, "the catalogue folder does not exist");
        }
        if (!Files.isDirectory(dataDir)) {
            throw new CatalogueException(dataDir.toString(), null, null, "the data folder does not exist");
        }
        Snapshot snapshot = Snapshot.read(catalogueDir, catalogue.upstreamRoot());
        Mapping mapping = Mapping.read(dataDir);
        List<CatalogueEntry> entries = reader(catalogue).read(catalogueDir,
                catalogue.isBoard() ? mapping.datasets(catalogue) : mapping.providers(catalogue));
        DataFolder data = DataFolder.read(dataDir);
        ImportReport report = new ImportReport(catalogue, snapshot);
        new Merge(catalogue, snapshot, mapping, data, report).run(entries);
        Map<String, String> changed = data.changedFiles();
        Path staged = stage(dataDir, changed);
        try {
            check(staged);
            if (write) {
                replace(dataDir, staged, changed);
            }
        }
        finally {
            delete(staged);
        }
        return new Result(report, List.copyOf(changed.keySet()), write && !changed.isEmpty());
    }

    static CatalogueReader reader(Catalogue catalogue) {
        return switch (catalogue) {
            case MODELS_DEV -> new ModelsDevReader();
            case GENAI_PRICES -> new GenAiPricesReader();
            case LLMSTATS -> new LlmStatsReader();
            case EPOCH -> new EpochReader();
            case TAU2_BENCH -> new Tau2BenchReader();
            case AIDER -> new AiderReader();
            case LMARENA -> new LmArenaReader();
        };
    }

    /** A copy of {@code data/} with the changed files written in it. */
    static Path stage(Path dataDir, Map<String, String> changed) {
        try {
            Path staged = Files.createTempDirectory("llm-compare-import-");
            try (Stream<Path> files = Files.walk(dataDir)) {
                for (Path file : files.toList()) {
                    Path target = staged.resolve(dataDir.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    }
                    else {
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            for (Map.Entry<String, String> file : changed.entrySet()) {
                Files.writeString(staged.resolve(file.getKey()), file.getValue());
            }
            return staged;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot stage the import in a temporary folder", ex);
        }
    }

    /** The merged data set must load exactly as the site would load it. */
    void check(Path staged) {
        try {
            DataSet data = new DataSetReader(validator).read(staged);
            new DataSetValidator().validate(data);
        }
        catch (DataSetException ex) {
            throw new CatalogueException("data/" + ex.getFile(), ex.getEntry(), ex.getField(),
                    "the merged data set would not load: " + ex.getMessage());
        }
    }

    /** Each changed file is moved into place whole (written beside it, then renamed over it). */
    static void replace(Path dataDir, Path staged, Map<String, String> changed) {
        try {
            for (String name : changed.keySet()) {
                Path target = dataDir.resolve(name);
                Path temp = target.resolveSibling(target.getFileName() + ".import-tmp");
                Files.copy(staged.resolve(name), temp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot write the imported files into " + dataDir, ex);
        }
    }

    static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
        catch (IOException ex) {
            // A leftover temporary folder does no harm to data/.
        }
    }
}
