package com.llmcompare.importer;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * A score board's CSV file, read strictly: UTF-8, within the size limit, the header holding every
 * column the reader needs (a missing one is a schema change, named), each row as wide as the header.
 * Rows keep their line number, so a value can be traced to its line of the file.
 */
final class CsvTable {

    /** One row: its line in the file (the header is line 1) and its values by column. */
    record Row(int line, Map<String, String> values) {

        /** The value, or null when empty. */
        String get(String column) {
            String value = values.get(column);
            return value == null || value.isBlank() ? null : value.trim();
        }

        /** The value as a number, or null when empty; text that is not a number stops the import, naming it. */
        BigDecimal number(String file, String entry, String column) {
            String text = get(column);
            if (text == null) {
                return null;
            }
            try {
                return new BigDecimal(text);
            }
            catch (NumberFormatException ex) {
                throw new CatalogueException(file, entry, at(column), "not a number: '" + text + "'");
            }
        }

        /** "pass_1 (line 12)": a column where the import names a value. */
        String at(String column) {
            return column + " (line " + line + ")";
        }
    }

    private static final CsvMapper MAPPER = CsvMapper.builder()
        .enable(CsvReadFeature.FAIL_ON_MISSING_COLUMNS)
        .enable(CsvReadFeature.FAIL_ON_MISSING_HEADER_COLUMNS)
        .build();

    private CsvTable() {
    }

    static List<Row> read(Path root, Path file, Collection<String> required) {
        String name = CatalogueFiles.relative(root, file);
        CatalogueFiles.checkSize(name, file);
        List<Row> rows = new ArrayList<>();
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withStrictHeaders(false);
        try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
                MappingIterator<Map<String, String>> it = MAPPER.readerForMapOf(String.class).with(schema)
                    .readValues(reader)) {
            while (it.hasNextValue()) {
                int line = it.currentLocation() == null ? -1 : it.currentLocation().getLineNr();
                Map<String, String> values = new LinkedHashMap<>(it.nextValue());
                for (String column : required) {
                    if (!values.containsKey(column)) {
                        throw new CatalogueException(name, null, column,
                                "the column is missing: the board's export changed its schema");
                    }
                }
                rows.add(new Row(line, values));
            }
        }
        catch (java.nio.charset.CharacterCodingException ex) {
            throw new CatalogueException(name, null, null, "not UTF-8 text");
        }
        catch (JacksonException ex) {
            throw new CatalogueException(name, null, null, "not a well-formed CSV file: " + ex.getOriginalMessage());
        }
        catch (IOException ex) {
            throw new CatalogueException(name, null, null, "cannot be read: " + ex.getMessage());
        }
        return rows;
    }
}
