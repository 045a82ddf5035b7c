package com.llmcompare.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * README's parameter table of {@code /cost} and the API documentation say what {@link CostField} defines:
 * the same parameters, defaults and ranges. Adding a field, or changing a default or a range, without the
 * documentation fails here.
 */
class CostFieldDocsTests {

    private static final DecimalFormat GROUPED = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.US));

    @Test
    void readmesTableNamesEveryParameterWithItsDefaultAndRange() throws IOException {
        Map<String, String[]> rows = readmeRows();

        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(java.util.stream.Stream.of("models", CostForm.BASIS, CostForm.AS_OF,
                        GpuChoice.GPU + ".{slug}", GpuChoice.PRECISION + ".{slug}"),
                        Arrays.stream(CostField.values()).map(field -> field.param("{slug}")))
                    .toList());
        assertThat(rows.get("models")[2]).isEqualTo("`" + String.join(",", CostForm.DEFAULT_MODELS) + "`");
        assertThat(rows.get(CostForm.BASIS)[3]).isEqualTo("`month`, `request`");
        assertThat(rows.get(CostForm.AS_OF)[3]).contains(CostForm.EARLIEST_AS_OF.toString(), "to today");
        for (com.llmcompare.core.cost.Precision precision : com.llmcompare.core.cost.Precision.values()) {
            assertThat(rows.get(GpuChoice.PRECISION + ".{slug}")[1]).contains("`" + precision.label() + "`");
        }
        for (CostField field : CostField.values()) {
            String[] row = rows.get(field.param("{slug}"));
            String defaults = row[2];
            String allowed = row[3];
            if (field.getDefaultValue() != null) {
                assertThat(defaults).as("default of %s", field.getName()).contains(GROUPED.format(field.getDefaultValue()));
            }
            assertThat(allowed).as("upper bound of %s", field.getName()).containsAnyOf(GROUPED.format(field.getMax()),
                    "10^" + (field.getMax().precision() - field.getMax().scale() - 1));
            assertThat(allowed).as("lower bound of %s", field.getName())
                .contains(field.isMinExclusive() ? "more than " + GROUPED.format(field.getMin())
                        : GROUPED.format(field.getMin()) + " to");
            if (field.isWhole()) {
                assertThat(allowed).as("%s takes whole numbers", field.getName()).contains("whole numbers");
            }
        }
    }

    @Test
    void theApiDocumentationDescribesEveryParameterWithItsRange() {
        String description = CostField.apiDescription();

        for (CostField field : CostField.values()) {
            assertThat(description).contains(field.param("{slug}") + ": " + field.getDescription())
                .contains(field.getAllowed());
        }
        assertThat(description).contains(String.join(",", CostForm.DEFAULT_MODELS));
    }

    @Test
    void theFormsHintsSpellOutEachDefault() {
        assertThat(CostField.INPUT_TOKENS.getDefaultText()).isEqualTo("1,000,000 with the monthly form");
        assertThat(CostField.OUTPUT_TOKENS_PER_REQUEST.getDefaultText()).isEqualTo("200 with the per-request form");
        assertThat(CostField.CACHED_SHARE.getDefaultText())
            .isEqualTo("0% (billed at the cached rate where an offer has one)");
        assertThat(CostField.UTILIZATION.getPlaceholder()).isEqualTo("50");
        assertThat(CostField.GPU_COUNT.getPlaceholder()).isEmpty();
        assertThat(CostField.GPU_COUNT.getDefaultValue()).isNull();
        assertThat(CostField.TOKENS_PER_SECOND.getDefaultText()).isEqualTo("the profile's tokens/s per GPU × GPUs");
        assertThat(CostField.INPUT_TOKENS.getDefaultValue()).isEqualByComparingTo(BigDecimal.valueOf(1_000_000));
    }

    /** The table under "| Parameter | Unit | Default | Allowed |": each backticked name to its cells. */
    private static Map<String, String[]> readmeRows() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int header = lines.indexOf("| Parameter | Unit | Default | Allowed |");
        assertThat(header).as("README's /cost parameter table").isNotNegative();
        Map<String, String[]> rows = new LinkedHashMap<>();
        Pattern name = Pattern.compile("`([^`]+)`");
        for (String line : lines.subList(header + 2, lines.size())) {
            if (!line.startsWith("|")) {
                break;
            }
            String[] cells = Arrays.stream(line.substring(1, line.length() - 1).split("\\|"))
                .map(String::trim)
                .toArray(String[]::new);
            Matcher names = name.matcher(cells[0]);
            while (names.find()) {
                rows.put(names.group(1), cells);
            }
        }
        return rows.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue,
                (a, b) -> a, LinkedHashMap::new));
    }
}
