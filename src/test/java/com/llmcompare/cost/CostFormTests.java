package com.llmcompare.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CostFormTests {

    private static final List<String> KNOWN = List.of("gpt-5.5", "gpt-4.1-mini", "gpt-4", "gpt-4-32k", "gpt-3.5-turbo", "llama-2-70b",
            "llama-2-70b-chat", "bard", "palm-2");

    /** Parameters as name, value, name, value…; a name may repeat. */
    private static CostForm parse(String... nameValues) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            String name = nameValues[i];
            String value = nameValues[i + 1];
            parameters.merge(name, List.of(value), (a, b) -> {
                List<String> both = new java.util.ArrayList<>(a);
                both.addAll(b);
                return both;
            });
        }
        return CostForm.parse(parameters, KNOWN);
    }

    @Test
    void withoutParametersTheDefaultsAreSpelledOutInTheShareLink() {
        CostForm form = parse();

        assertThat(form.hasErrors()).isFalse();
        CostQuery query = form.query();
        assertThat(query.models()).containsExactly("gpt-5.5", "gpt-4.1-mini", "llama-2-70b-chat", "llama-2-70b");
        assertThat(query.isPerRequest()).isFalse();
        assertThat(query.workload().inputTokens()).isEqualByComparingTo("1000000");
        assertThat(query.queryString()).isEqualTo("models=gpt-5.5,gpt-4.1-mini,llama-2-70b-chat,llama-2-70b"
                + "&inputTokens=1000000&outputTokens=1000000&cachedShare=0&utilization=50");
        assertThat(form.value("inputTokens")).isEqualTo("1000000");
        assertThat(form.value("requestsPerDay")).isEmpty();
    }

    @Test
    void modelsMergeCommaListsAndRepeatedParametersAndIgnoreCaseSpacesAndDuplicates() {
        CostQuery query = parse("models", " GPT-4 , llama-2-70b,,", "models", "gpt-4", "models", "bard").query();

        assertThat(query.models()).containsExactly("gpt-4", "llama-2-70b", "bard");
    }

    @Test
    void unknownParametersAreIgnoredAndLeftOutOfTheShareLink() {
        CostForm form = parse("models", "gpt-4", "utm_source", "newsletter", "fbclid", "x", "inputPrice.gpt-4-32k", "1");

        assertThat(form.hasErrors()).isFalse();
        assertThat(form.query().queryString()).doesNotContain("utm", "fbclid", "gpt-4-32k");
    }

    @Test
    void perRequestFormTakesDefaultsForTheFieldsNotGiven() {
        CostForm form = parse("requestsPerDay", "5000");

        CostQuery query = form.query();
        assertThat(query.isPerRequest()).isTrue();
        assertThat(query.workload().inputTokens()).isEqualByComparingTo("152187500");
        assertThat(query.workload().outputTokens()).isEqualByComparingTo("30437500");
        assertThat(query.queryString())
            .contains("requestsPerDay=5000&inputTokensPerRequest=1000&outputTokensPerRequest=200")
            .doesNotContain("inputTokens=");
        assertThat(form.value("inputTokensPerRequest")).isEqualTo("1000");
        assertThat(form.value("inputTokens")).isEmpty();
    }

    @Test
    void bothWorkloadFormsAskToPickOneAtEachGivenField() {
        CostForm form = parse("inputTokens", "1000", "requestsPerDay", "10", "outputTokensPerRequest", "5");

        assertThat(form.getErrors()).containsOnlyKeys("inputTokens", "requestsPerDay", "outputTokensPerRequest");
        assertThat(form.error("inputTokens")).contains("either per month").contains("not both");
        assertThat(form.value("inputTokens")).isEqualTo("1000");
        assertThat(form.value("requestsPerDay")).isEqualTo("10");
        assertThat(form.value("cachedShare")).isEqualTo("0");
    }

    @Test
    void everyProblemWithAFieldIsSaidAtThatField() {
        CostForm form = parse("inputTokens", "-5", "requestsPerDay", "x");

        assertThat(form.error("inputTokens")).contains("not both").contains("inputTokens must not be negative");
        assertThat(form.error("requestsPerDay")).contains("not both").contains("requestsPerDay is not a number");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            inputTokens            | -5           | must not be negative
            inputTokens            | abc          | is not a number
            inputTokens            | NaN          | is not a number
            inputTokens            | Infinity     | is not a number
            inputTokens            | 1e6          | is not a number
            inputTokens            | 0x10         | is not a number
            inputTokens            | 1000.5       | must be a whole number
            inputTokens            | 10000000000001 | is too large
            outputTokens           | 99999999999999999999999999 | is too large
            cachedShare            | 100.5        | is too large
            cachedShare            | -1           | must not be negative
            utilization            | 0            | is too small
            utilization            | 101          | is too large
            inputTokensPerRequest  | 2.5          | must be a whole number
            requestsPerDay         | -1           | must not be negative
            """)
    void badNumbersAreMessagesAtTheirFieldWithTheAllowedRange(String field, String value, String problem) {
        CostForm form = parse(field, value);

        assertThat(form.hasErrors()).isTrue();
        assertThat(form.error(field)).contains(field + " " + problem).contains("Allowed:");
        assertThat(form.value(field)).isEqualTo(value);
    }

    @Test
    void theMessageStatesTheRangeInWords() {
        assertThat(parse("inputTokens", "-1").error("inputTokens"))
            .isEqualTo("inputTokens must not be negative. Allowed: a whole number of tokens from 0 to "
                    + "10,000,000,000,000 (10^13).");
        assertThat(parse("models", "gpt-4", "tokensPerSecond.gpt-4", "0").error("tokensPerSecond.gpt-4"))
            .isEqualTo("tokensPerSecond.gpt-4 is too small. Allowed: a number of tokens/s more than 0, up to "
                    + "10,000,000 (10^7).");
    }

    @Test
    void groupedThousandsAndWholeDecimalsAreAccepted() {
        CostQuery query = parse("inputTokens", "1,000,000", "outputTokens", "2000000.00").query();

        assertThat(query.inputTokens()).isEqualByComparingTo("1000000");
        assertThat(query.queryString()).contains("inputTokens=1000000&outputTokens=2000000&");
    }

    @Test
    void tenToTheThirteenIsTheLargestMonth() {
        assertThat(parse("inputTokens", "10000000000000").hasErrors()).isFalse();
    }

    @Test
    void perRequestFiguresThatMultiplyBeyondTenToTheThirteenNameTheField() {
        CostForm form = parse("requestsPerDay", "1000000000", "inputTokensPerRequest", "1000",
                "outputTokensPerRequest", "1");

        assertThat(form.getErrors()).containsOnlyKeys("inputTokensPerRequest");
        assertThat(form.error("inputTokensPerRequest")).contains("more than 10^13 tokens a month");
    }

    @Test
    void unknownModelsAreNamedWithSuggestionsAndTheKnownOnesKept() {
        CostForm form = parse("models", "gpt4,llama-2-70b,<script>");

        assertThat(form.error("models")).contains("No model has the slug 'gpt4'; did you mean gpt-4")
            .contains("'<script>' is not a model slug");
        assertThat(form.getModels()).containsExactly("llama-2-70b");
        assertThat(form.value("models")).isEqualTo("gpt4,llama-2-70b,<script>");
    }

    @Test
    void overridesApplyPerModel() {
        CostQuery query = parse("models", "gpt-4,llama-2-70b", "inputPrice.gpt-4", "10", "outputPrice.gpt-4", "",
                "gpuCount.llama-2-70b", "4", "tokensPerSecond.llama-2-70b", "2500.5",
                "tokenizerMultiplier.llama-2-70b", "1.3")
            .query();

        assertThat(query.overridesFor("gpt-4"))
            .isEqualTo(new ModelOverrides(new BigDecimal("10"), null, null, null, null, null));
        assertThat(query.overridesFor("llama-2-70b").gpuCount()).isEqualTo(4);
        assertThat(query.overridesFor("llama-2-70b").tokensPerSecond()).isEqualByComparingTo("2500.5");
        assertThat(query.overridesFor("llama-2-70b").tokenizerMultiplier()).isEqualByComparingTo("1.3");
        assertThat(query.overridesFor("bard")).isEqualTo(ModelOverrides.NONE);
        assertThat(query.queryString()).endsWith("&inputPrice.gpt-4=10&tokenizerMultiplier.llama-2-70b=1.3"
                + "&gpuCount.llama-2-70b=4&tokensPerSecond.llama-2-70b=2500.5");
    }

    @Test
    void badOverridesAreMessagesAtTheirField() {
        CostForm form = parse("models", "gpt-4,llama-2-70b", "inputPrice.gpt-4", "-3", "gpuCount.llama-2-70b", "2.5",
                "outputPrice.gpt5", "1", "tokenizerMultiplier.llama-2-70b", "0.01");

        assertThat(form.error("inputPrice.gpt-4")).startsWith("inputPrice.gpt-4 must not be negative");
        assertThat(form.error("gpuCount.llama-2-70b")).startsWith("gpuCount.llama-2-70b must be a whole number");
        assertThat(form.error("outputPrice.gpt5")).contains("no model has the slug 'gpt5'")
            .contains("did you mean outputPrice.gpt-4 or outputPrice.gpt-5.5?");
        assertThat(form.error("tokenizerMultiplier.llama-2-70b")).contains("is too small").contains("from 0.1 to 10");
        assertThat(form.value("gpuCount.llama-2-70b")).isEqualTo("2.5");
    }

    @Test
    void aParameterRepeatedWithDifferentValuesIsAnError() {
        assertThat(parse("inputTokens", "1", "inputTokens", "2").error("inputTokens")).contains("give it once");
        assertThat(parse("inputTokens", "1", "inputTokens", "1").hasErrors()).isFalse();
    }

    @Test
    void emptyValuesCountAsNotGiven() {
        CostForm form = parse("models", "", "inputTokens", "", "outputTokens", " ", "requestsPerDay", "",
                "inputTokensPerRequest", "", "outputTokensPerRequest", "");

        assertThat(form.hasErrors()).isFalse();
        assertThat(form.query().isPerRequest()).isFalse();
        assertThat(form.query().models()).hasSize(4);
    }

    @Test
    void withErrorsAddsTheServicesFindings() {
        CostForm form = parse("models", "llama-2-70b", "inputPrice.llama-2-70b", "1")
            .withErrors(Map.of("outputPrice.llama-2-70b", "needed too"));

        assertThat(form.hasErrors()).isTrue();
        assertThat(form.error("outputPrice.llama-2-70b")).isEqualTo("needed too");
        assertThat(form.value("inputPrice.llama-2-70b")).isEqualTo("1");
    }

    /** The form as a browser sends it: the monthly fields still hold their defaults when per request is picked. */
    @Test
    void basisRequestUsesThePerRequestFieldsAndSwitchesTheMonthlyOnesOff() {
        CostForm form = parse("models", "gpt-4", "basis", "request", "inputTokens", "1000000", "outputTokens",
                "1000000", "requestsPerDay", "1000", "inputTokensPerRequest", "800", "outputTokensPerRequest", "300");

        assertThat(form.hasErrors()).isFalse();
        assertThat(form.query().isPerRequest()).isTrue();
        // 1,000 × 800 × 30.4375 = 24,350,000 input tokens a month
        assertThat(form.query().workload().inputTokens()).isEqualByComparingTo("24350000");
        assertThat(form.query().queryString()).isEqualTo("models=gpt-4&requestsPerDay=1000&inputTokensPerRequest=800"
                + "&outputTokensPerRequest=300&cachedShare=0&utilization=50");
        assertThat(form.value("basis")).isEqualTo("request");
    }

    @Test
    void basisMonthUsesTheMonthlyFieldsAndIgnoresPerRequestOnes() {
        CostForm form = parse("models", "gpt-4", "basis", "month", "inputTokens", "5000", "outputTokens", "7000",
                "requestsPerDay", "1000");

        assertThat(form.hasErrors()).isFalse();
        assertThat(form.query().isPerRequest()).isFalse();
        assertThat(form.query().workload().outputTokens()).isEqualByComparingTo("7000");
    }

    @Test
    void withoutBasisALinkIsReadAsBeforeAndBothFormsStayAnError() {
        assertThat(parse("models", "gpt-4", "requestsPerDay", "10").query().isPerRequest()).isTrue();
        CostForm both = parse("models", "gpt-4", "inputTokens", "5", "requestsPerDay", "10");
        assertThat(both.getErrors()).containsKeys("inputTokens", "requestsPerDay");
        assertThat(both.getErrors().get("inputTokens")).isEqualTo(CostForm.BOTH_FORMS);
    }

    @Test
    void anyOtherBasisIsAnErrorNamingTheChoices() {
        CostForm form = parse("models", "gpt-4", "basis", "<b>weekly</b>");

        assertThat(form.getErrors()).containsOnlyKeys("basis");
        assertThat(form.error("basis")).startsWith("basis must be month (tokens a month) or request");
    }

    @Test
    void everyPresetOpensAsAPerRequestLinkThatParses() {
        for (CostPreset preset : CostPreset.values()) {
            String query = preset.link(List.of("gpt-4", "llama-2-70b")).substring("/cost?".length());
            List<String> nameValues = new java.util.ArrayList<>();
            for (String pair : query.split("&")) {
                nameValues.add(pair.substring(0, pair.indexOf('=')));
                nameValues.add(pair.substring(pair.indexOf('=') + 1));
            }
            CostForm form = parse(nameValues.toArray(String[]::new));
            assertThat(form.hasErrors()).as(preset.name()).isFalse();
            assertThat(form.query().isPerRequest()).isTrue();
        }
        assertThat(CostPreset.RAG.figures()).isEqualTo("1,000 requests a day × (4,000 input + 300 output tokens)");
    }
}
