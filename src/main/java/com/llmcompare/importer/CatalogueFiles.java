package com.llmcompare.importer;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.llmcompare.data.JsonProblems;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Strict reading of catalogue files into the records that describe them: an unknown field, a
 * duplicate key, a string where a number belongs or a truncated file stops the import, naming
 * the file, the entry and the field.
 */
final class CatalogueFiles {

    /** USD per 1M tokens above which a price is taken for a unit error, not a price. */
    static final BigDecimal ABSURD_PRICE = BigDecimal.valueOf(10_000);

    static final String DATE = "\\d{4}-\\d{2}(-\\d{2})?";

    /**
     * The largest catalogue file read (the largest in today's snapshots is 123 KB): checked before
     * parsing, because the YAML parser's time grows with the square of a long value's length.
     */
    static final long MAX_FILE_BYTES = 8_000_000;

    /** The longest value a catalogue file may hold, checked by the parser as it reads (a note, a description). */
    static final int MAX_VALUE_LENGTH = 100_000;

    /** The parser's limits while reading: the file size and the length of any one value. */
    static StreamReadConstraints limits() {
        return StreamReadConstraints.builder()
            .maxDocumentLength(MAX_FILE_BYTES)
            .maxStringLength(MAX_VALUE_LENGTH)
            .build();
    }

    private CatalogueFiles() {
    }

    /** Snake-case fields, nothing unknown, nothing coerced. */
    static <M extends ObjectMapper, B extends MapperBuilder<M, B>> M strict(B builder) {
        return builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();
    }

    static <T> T read(ObjectMapper mapper, Path root, Path file, String entry, Class<T> type) {
        String name = relative(root, file);
        checkSize(name, file);
        try {
            T value = mapper.readValue(file.toFile(), type);
            if (value == null) {
                throw new CatalogueException(name, entry, null, "the file is empty");
            }
            return value;
        }
        catch (UnrecognizedPropertyException ex) {
            throw new CatalogueException(name, entry, fieldOf(ex),
                    "unknown field '" + ex.getPropertyName() + "': not in the catalogue's schema as the importer knows it");
        }
        catch (JacksonException ex) {
            throw new CatalogueException(name, entry, fieldOf(ex), JsonProblems.describe(ex));
        }
    }

    /** A file larger than a catalogue file may be is refused before it is read. */
    static void checkSize(String name, Path file) {
        String entry = null;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new CatalogueException(name, entry, null, "the file is " + String.format(java.util.Locale.US, "%,d", size)
                        + " bytes, more than the " + String.format(java.util.Locale.US, "%,d", MAX_FILE_BYTES)
                        + " a catalogue file may be: not read");
            }
        }
        catch (IOException ex) {
            throw new CatalogueException(name, entry, null, "cannot be read: " + ex.getMessage());
        }
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** The regular files under a folder whose names end with the suffix, in a stable order. */
    static List<Path> files(Path root, Path folder, String suffix) {
        if (!Files.isDirectory(folder)) {
            throw new CatalogueException(relative(root, folder) + "/", null, null, "the folder is missing");
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                .filter(file -> file.getFileName().toString().endsWith(suffix))
                .sorted()
                .toList();
        }
        catch (IOException ex) {
            throw new CatalogueException(relative(root, folder), null, null, "cannot be read: " + ex.getMessage());
        }
    }

    /** A price must be a price: not negative, and not so large that it must be a unit error. */
    static void checkPrice(String file, String entry, String field, BigDecimal value) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            throw new CatalogueException(file, entry, field, "a price cannot be negative (was " + value + ")");
        }
        if (value.compareTo(ABSURD_PRICE) > 0) {
            throw new CatalogueException(file, entry, field, "absurd price: more than $" + ABSURD_PRICE
                    + " per 1M tokens (was " + value + "); a unit error?");
        }
    }

    static void checkDate(String file, String entry, String field, String value) {
        if (value != null && !value.matches(DATE)) {
            throw new CatalogueException(file, entry, field, "must be a date YYYY-MM-DD or YYYY-MM (was " + value + ")");
        }
    }

    static void checkCount(String file, String entry, String field, Number value) {
        if (value != null && value.doubleValue() < 0) {
            throw new CatalogueException(file, entry, field, "cannot be negative (was " + value + ")");
        }
    }

    private static String fieldOf(JacksonException ex) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? null : field.toString();
    }

    static String money(BigDecimal value) {
        return value == null ? "?" : plain(value);
    }

    /** 2.50 → "2.5", 128000 → "128000": numbers in quotes as a reader would write them. */
    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
