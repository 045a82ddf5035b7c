package com.llmcompare.compare;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.llmcompare.compare.Comparison.Cell;
import com.llmcompare.compare.Comparison.Row;
import com.llmcompare.compare.Comparison.Section;
import com.llmcompare.core.model.LanguageModel;

/** A comparison as CSV (RFC 4180): one row per fact, one column per model; each value names its sources. */
final class ComparisonCsv {

    private ComparisonCsv() {
    }

    static String of(Comparison comparison) {
        StringBuilder csv = new StringBuilder();
        line(csv, Stream.concat(Stream.of("section", "fact"),
                comparison.models().stream().map(LanguageModel::getName)).toList());
        for (Section section : comparison.sections()) {
            for (Row row : section.rows()) {
                List<String> values = row.cells().stream().map(ComparisonCsv::value).toList();
                line(csv, Stream.concat(Stream.of(section.title(), row.label()), values.stream()).toList());
            }
        }
        return csv.toString();
    }

    private static String value(Cell cell) {
        String sources = cell.sourceIds().isEmpty() ? ""
                : " [sources: " + String.join(", ", cell.sourceIds()) + "]";
        String note = cell.note() == null ? "" : " (" + cell.note() + ")";
        return cell.text() + note + sources;
    }

    private static void line(StringBuilder csv, List<String> fields) {
        csv.append(fields.stream().map(ComparisonCsv::escape).collect(Collectors.joining(","))).append("\r\n");
    }

    /** Quotes a field when it needs it; a leading formula character is neutralised for spreadsheets. */
    static String escape(String field) {
        String value = field == null ? "" : field;
        if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
