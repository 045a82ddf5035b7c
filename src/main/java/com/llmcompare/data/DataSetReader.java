package com.llmcompare.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import com.llmcompare.core.dataset.DataFiles.BenchmarkFile;
import com.llmcompare.core.dataset.DataFiles.CostClaimFile;
import com.llmcompare.core.dataset.DataFiles.HostingFile;
import com.llmcompare.core.dataset.DataFiles.GpuFile;
import com.llmcompare.core.dataset.DataFiles.ArchitectureFile;
import com.llmcompare.core.dataset.DataFiles.ThroughputFile;
import com.llmcompare.core.dataset.DataFiles.TokenizerFamilyFile;
import com.llmcompare.core.dataset.DataFiles.ReasoningFile;
import com.llmcompare.core.dataset.DataFiles.ClaimCheckFile;
import com.llmcompare.core.dataset.DataFiles.LicenseFile;
import com.llmcompare.core.dataset.DataFiles.ModelFile;
import com.llmcompare.core.dataset.DataFiles.OpennessAuditFile;
import com.llmcompare.core.dataset.DataFiles.PriceFile;
import com.llmcompare.core.dataset.DataFiles.ProviderFile;
import com.llmcompare.core.dataset.DataFiles.TransparencyFile;
import com.llmcompare.core.dataset.DataFiles.ScoreFile;
import com.llmcompare.core.dataset.DataFiles.SourceFile;
import com.llmcompare.core.dataset.DataFiles.TradeOffsFile;
import com.llmcompare.core.dataset.DataFiles.VendorFile;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the files of {@code data/} and checks each entry on its own (types, required fields,
 * allowed values). A problem stops with a {@link DataSetException} naming file, entry and field.
 */
public class DataSetReader {

    private final ObjectMapper mapper = JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .build();

    private final Validator validator;

    public DataSetReader(Validator validator) {
        this.validator = validator;
    }

    public DataSet read(Path dataDir) {
        if (!Files.isDirectory(dataDir)) {
            throw new DataSetException(dataDir.toString(), null, null,
                    "the data folder does not exist (set llmcompare.data-dir)");
        }
        refuseStrayFiles(dataDir);
        List<SourceFile> sources = readList(dataDir, "sources.json", SourceFile.class, SourceFile::id);
        List<VendorFile> vendors = readList(dataDir, "vendors.json", VendorFile.class, VendorFile::slug);
        List<LicenseFile> licenses = readList(dataDir, "licenses.json", LicenseFile.class, LicenseFile::slug);
        List<BenchmarkFile> benchmarks = readList(dataDir, "benchmarks.json", BenchmarkFile.class,
                BenchmarkFile::slug);
        List<ModelFile> models = readModels(dataDir);
        List<ScoreFile> scores = readList(dataDir, "scores.json", ScoreFile.class,
                score -> score.model() + "/" + score.benchmark());
        List<PriceFile> prices = readList(dataDir, "prices.json", PriceFile.class, PriceFile::id);
        TradeOffsFile tradeOffs = readOne(dataDir, "tradeoffs.json", TradeOffsFile.class);
        validate("tradeoffs.json", null, tradeOffs);
        List<HostingFile> hosting = readList(dataDir, "hosting.json", HostingFile.class, HostingFile::model);
        List<CostClaimFile> costClaims = readList(dataDir, "cost-claims.json", CostClaimFile.class,
                CostClaimFile::id);
        List<OpennessAuditFile> audits = readFolder(dataDir, "openness", "openness audits", OpennessAuditFile.class,
                OpennessAuditFile::model, "model");
        List<ClaimCheckFile> claimChecks = readList(dataDir, "claims.json", ClaimCheckFile.class, ClaimCheckFile::id);
        List<ProviderFile> providers = readList(dataDir, "providers.json", ProviderFile.class,
                ProviderFile::name);
        List<TransparencyFile> transparency = readList(dataDir, "transparency.json", TransparencyFile.class,
                t -> t.vendor() + " " + t.edition());
        List<GpuFile> gpus = readList(dataDir, "gpus.json", GpuFile.class, GpuFile::id);
        List<ArchitectureFile> architectures = readList(dataDir, "architectures.json", ArchitectureFile.class,
                ArchitectureFile::model);
        List<ThroughputFile> throughput = readList(dataDir, "throughput.json", ThroughputFile.class,
                run -> run.model() + " on " + run.gpu() + " (" + run.entry() + ")");
        List<TokenizerFamilyFile> tokenizers = readList(dataDir, "tokenizers.json", TokenizerFamilyFile.class, TokenizerFamilyFile::id);
        List<ReasoningFile> reasoning = readList(dataDir, "reasoning.json", ReasoningFile.class,
                r -> r.model() + " (" + r.entry() + ")");
        return new DataSet(sources, vendors, licenses, benchmarks, models, scores, prices, tradeOffs, hosting,
                costClaims, audits, claimChecks, providers, transparency, gpus, architectures, throughput, tokenizers,
                reasoning, version(dataDir));
    }

    private List<ModelFile> readModels(Path dataDir) {
        return readFolder(dataDir, "models", "model files", ModelFile.class, ModelFile::slug, "slug");
    }

    /** One file per model, named after its slug. */
    private <T> List<T> readFolder(Path dataDir, String folderName, String what, Class<T> type,
            Function<T, String> slugOf, String slugField) {
        Path folder = dataDir.resolve(folderName);
        if (!Files.isDirectory(folder)) {
            throw new DataSetException(folderName + "/", null, null, "the folder of " + what + " is missing");
        }
        List<T> entries = new ArrayList<>();
        for (Path file : jsonFiles(folder)) {
            String name = folderName + "/" + file.getFileName();
            T entry = readOne(dataDir, name, type);
            String slug = slugOf.apply(entry);
            validate(name, slug, entry);
            String expected = file.getFileName().toString().replaceFirst("\\.json$", "");
            if (!expected.equals(slug)) {
                throw new DataSetException(name, slug, slugField,
                        "the " + slugField + " must match the file name ('" + expected + "')");
            }
            entries.add(entry);
        }
        return entries;
    }

    private <T> List<T> readList(Path dataDir, String name, Class<T> type, Function<T, String> entryName) {
        JavaType listType = mapper.getTypeFactory().constructCollectionType(List.class, type);
        List<T> entries = parse(dataDir, name, listType);
        for (int i = 0; i < entries.size(); i++) {
            T entry = entries.get(i);
            if (entry == null) {
                throw new DataSetException(name, "#" + (i + 1), null, "empty entry");
            }
            String label = entryName.apply(entry);
            validate(name, label == null || label.contains("null") ? "#" + (i + 1) : label, entry);
        }
        return entries;
    }

    private <T> T readOne(Path dataDir, String name, Class<T> type) {
        return parse(dataDir, name, mapper.getTypeFactory().constructType(type));
    }

    private <T> T parse(Path dataDir, String name, JavaType type) {
        Path file = dataDir.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new DataSetException(name, null, null, "the file is missing");
        }
        try {
            T value = mapper.readValue(utf8(name, file), type);
            if (value == null) {
                throw new DataSetException(name, null, null, "the file is empty");
            }
            return value;
        }
        catch (JacksonException ex) {
            throw new DataSetException(name, entryOf(ex), fieldOf(ex), JsonProblems.describe(ex));
        }
    }

    /** The file's text, which must be UTF-8 without a byte-order mark (a UTF-16 file is refused, not misread). */
    private static String utf8(String name, Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        }
        catch (IOException ex) {
            throw new DataSetException(name, null, null, "cannot be read: " + ex.getMessage());
        }
        String notUtf8 = "is not UTF-8 JSON: save it as UTF-8 without a byte-order mark";
        boolean byteOrderMark = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF
                || ((bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB));
        for (byte b : bytes) {
            if (b == 0) {
                throw new DataSetException(name, null, null, notUtf8 + " (it holds NUL bytes: UTF-16?)");
            }
        }
        if (byteOrderMark) {
            throw new DataSetException(name, null, null, notUtf8 + " (it starts with a byte-order mark)");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        }
        catch (CharacterCodingException ex) {
            throw new DataSetException(name, null, null, notUtf8 + " (bytes that are not UTF-8)");
        }
    }

    /** The top-level files and folders of {@code data/} the loader and the importer know. */
    private static final Set<String> KNOWN = Set.of("README.md", "sources.json", "vendors.json", "licenses.json",
            "benchmarks.json", "models", "scores.json", "prices.json", "tradeoffs.json", "hosting.json",
            "cost-claims.json", "openness", "claims.json", "providers.json", "transparency.json", "gpus.json",
            "architectures.json", "throughput.json", "tokenizers.json", "reasoning.json", "import");

    /** A file the data set does not know is refused, naming it, rather than silently left unread. */
    private static void refuseStrayFiles(Path dataDir) {
        try (Stream<Path> entries = Files.walk(dataDir, 2)) {
            for (Path path : entries.filter(path -> !path.equals(dataDir)).sorted().toList()) {
                Path relative = dataDir.relativize(path);
                String top = relative.getName(0).toString();
                String name = relative.toString().replace('\\', '/');
                boolean known = KNOWN.contains(top) && (relative.getNameCount() == 1 || top.equals("import")
                        || (Files.isRegularFile(path) && name.endsWith(".json")));
                boolean folderWhereAFileBelongs = relative.getNameCount() == 1 && Files.isDirectory(path)
                        && top.endsWith(".json");
                if (!known || folderWhereAFileBelongs) {
                    throw new DataSetException(name, null, null, "is not part of the data set (data/README.md "
                            + "lists its files): remove it or move it out of the data folder");
                }
            }
        }
        catch (IOException ex) {
            throw new DataSetException(dataDir.toString(), null, null, "cannot be read: " + ex.getMessage());
        }
    }

    private <T> void validate(String file, String entry, T value) {
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        violations.stream()
            .min((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
            .ifPresent(violation -> {
                // a map's key reads as a field: features[opencode].status → features.opencode.status
                throw new DataSetException(file, entry,
                        violation.getPropertyPath().toString().replaceAll("\\[([^\\]0-9][^\\]]*)\\]", ".$1"),
                        violation.getMessage() + " (was " + violation.getInvalidValue() + ")");
            });
    }

    private static String entryOf(JacksonException ex) {
        List<JacksonException.Reference> path = ex.getPath();
        if (!path.isEmpty() && path.get(0).getIndex() >= 0) {
            return "#" + (path.get(0).getIndex() + 1);
        }
        return null;
    }

    private static String fieldOf(JacksonException ex) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0 && !field.isEmpty()) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? null : field.toString();
    }

    private static List<Path> jsonFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        catch (IOException ex) {
            throw new DataSetException(folder.toString(), null, null, "cannot be read: " + ex.getMessage());
        }
    }

    /** A hash of every data file's name and bytes: changes whenever the data changes. */
    private static String version(Path dataDir) {
        try (Stream<Path> files = Files.walk(dataDir)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files.filter(Files::isRegularFile)
                .filter(file -> file.toString().endsWith(".json"))
                .sorted()
                .toList()) {
                digest.update(dataDir.relativize(file).toString().replace('\\', '/').getBytes());
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        }
        catch (IOException | NoSuchAlgorithmException ex) {
            throw new DataSetException(dataDir.toString(), null, null, "cannot be read: " + ex.getMessage());
        }
    }
}
