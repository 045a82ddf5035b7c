package com.llmcompare.data;

import com.llmcompare.core.dataset.DataFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

/** Reads the real data set, and broken copies of it: each kind of bad file stops with its named error. */
class DataSetReaderTests {

    private static ValidatorFactory validators;

    @TempDir
    Path copy;

    @BeforeAll
    static void startValidator() {
        validators = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void closeValidator() {
        validators.close();
    }

    private DataSet read(Path dir) {
        DataSet data = new DataSetReader(validators.getValidator()).read(dir);
        new DataSetValidator().validate(data);
        return data;
    }

    @Test
    void readsTheRealDataSet() {
        DataSet data = read(DataFolderCopy.DATA);
        assertThat(data.models()).extracting(DataFiles.ModelFile::slug)
            .contains("gpt-4", "gpt-4-32k", "gpt-3.5-turbo", "llama-2-7b", "llama-2-13b", "llama-2-70b",
                    "llama-2-7b-chat", "llama-2-13b-chat", "llama-2-70b-chat", "code-llama-34b",
                    "phind-codellama-34b-v2", "falcon-7b", "falcon-40b", "falcon-180b", "claude-2", "palm-2", "bard",
                    "bloom", "t5-11b", "bert-large");
        assertThat(data.benchmarks()).extracting(DataFiles.BenchmarkFile::slug)
            .contains("humaneval", "mmlu", "legalbench", "hellaswag", "agentbench", "winogrande");
        assertThat(data.version()).hasSize(12);
        assertThat(DataSetLoader.asOf(data)).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
    }

    @Test
    void theVersionChangesWithTheData() throws IOException {
        copyData();
        String before = read(copy).version();
        edit("vendors.json", json -> json.replace("\"Meta\"", "\"Meta Platforms\""));
        assertThat(read(copy).version()).isNotEqualTo(before);
    }

    @Test
    void malformedJsonNamesTheFile() throws IOException {
        copyData();
        edit("prices.json", json -> json.substring(0, json.length() / 2));
        assertThatThrownBy(() -> read(copy)).isInstanceOf(DataSetException.class)
            .hasMessageContaining("prices.json");
    }

    @Test
    void duplicateSlugNamesTheEntry() throws IOException {
        copyData();
        Files.copy(copy.resolve("models/gpt-4.json"), copy.resolve("models/gpt-4-copy.json"));
        edit("models/gpt-4-copy.json", json -> json.replaceFirst("\"slug\": \"gpt-4\"", "\"slug\": \"gpt-4-copy\""));
        edit("vendors.json", json -> json.replaceFirst("\"slug\": \"openai\"", "\"slug\": \"meta\""));
        assertThatThrownBy(() -> read(copy)).isInstanceOf(DataSetException.class)
            .hasMessageContaining("vendors.json")
            .hasMessageContaining("entry 'meta'")
            .hasMessageContaining("duplicate slug");
    }

    @Test
    void slugMustMatchTheFileName() throws IOException {
        copyData();
        Files.copy(copy.resolve("models/gpt-4.json"), copy.resolve("models/gpt-4-copy.json"));
        assertThatThrownBy(() -> read(copy)).isInstanceOf(DataSetException.class)
            .hasMessageContaining("models/gpt-4-copy.json")
            .hasMessageContaining("field 'slug'");
    }

    @Test
    void scoreForAnUnknownModelNamesTheModel() throws IOException {
        copyData();
        edit("scores.json", json -> json.replaceFirst("\"model\": \"gpt-4\"", "\"model\": \"gpt-5-imaginary\""));
        assertThatThrownBy(() -> read(copy)).isInstanceOf(DataSetException.class)
            .hasMessageContaining("scores.json")
            .hasMessageContaining("gpt-5-imaginary")
            .hasMessageContaining("field 'model'");
    }

    @Test
    void negativePriceNamesTheField() throws IOException {
        copyData();
        edit("prices.json", json -> json.replaceFirst("\"input\": 0.03", "\"input\": -0.03"));
        assertThatThrownBy(() -> read(copy)).isInstanceOf(DataSetException.class)
            .hasMessageContaining("prices.json")
            .hasMessageContaining("entry 'p-gpt4-8k'")
            .hasMessageContaining("field 'input'");
    }

    @Test
    void missingSourceNamesTheClaim() throws IOException {
        copyData();
        edit("models/llama-2-70b.json", json -> json.replaceFirst("\"source\": \"[^\"]+\"", "\"source\": \"\""));
        assertThatThrownBy(() -> read(copy)).isInstanceOf(DataSetException.class)
            .hasMessageContaining("models/llama-2-70b.json")
            .hasMessageContaining("entry 'llama-2-70b'")
            .hasMessageContaining("source");
    }

    @Test
    void unknownSourceIdNamesIt() throws IOException {
        copyData();
        edit("scores.json", json -> json.replaceFirst("\"source\": \"seed-000\"", "\"source\": \"nowhere-blog\""));
        assertThatThrownBy(() -> read(copy)).isInstanceOf(DataSetException.class)
            .hasMessageContaining("scores.json")
            .hasMessageContaining("unknown source 'nowhere-blog'");
    }

    @Test
    void headlineNumberWithoutAClaimIsRejected() throws IOException {
        copyData();
        edit("models/llama-2-70b.json", json -> json.replaceFirst("\"tokens\": 4096", "\"tokens\": 4000"));
        assertThatThrownBy(() -> read(copy)).isInstanceOf(DataSetException.class)
            .hasMessageContaining("field 'context.tokens'")
            .hasMessageContaining("no claim states 4000");
    }

    @Test
    void unknownFieldIsRejected() throws IOException {
        copyData();
        edit("vendors.json", json -> json.replaceFirst("\"name\": \"Meta\"", "\"name\": \"Meta\", \"nmae\": \"typo\""));
        assertThatThrownBy(() -> read(copy)).isInstanceOf(DataSetException.class)
            .hasMessageContaining("vendors.json")
            .hasMessageContaining("nmae");
    }

    @Test
    void missingFileIsNamed() throws IOException {
        copyData();
        Files.delete(copy.resolve("benchmarks.json"));
        assertThatThrownBy(() -> read(copy)).isInstanceOf(DataSetException.class)
            .hasMessageContaining("benchmarks.json: the file is missing");
    }

    @Test
    void readsTheHostingProfilesAndCostClaims() {
        DataSet data = read(DataFolderCopy.DATA);
        assertThat(data.hosting()).extracting(DataFiles.HostingFile::model)
            .contains("llama-2-7b", "llama-2-70b", "llama-2-70b-chat", "falcon-180b", "bloom", "t5-11b")
            .doesNotContain("bert-large", "gpt-4");
        assertThat(data.costClaims()).extracting(DataFiles.CostClaimFile::id).containsExactly("claim-18x",
                "claim-10pct");
    }

    @Test
    void negativeGpuPriceInAHostingProfileNamesTheField() throws IOException {
        copyData();
        edit("hosting.json", json -> json.replaceFirst("\"value\": 3.02", "\"value\": -3.02"));
        assertThatThrownBy(() -> read(copy)).isInstanceOf(DataSetException.class)
            .hasMessageContaining("hosting.json")
            .hasMessageContaining("entry 'llama-2-13b'")
            .hasMessageContaining("field 'gpuHourlyUsd.value'")
            .hasMessageContaining("must be greater than 0");
    }

    @Test
    void hostingProfileForAnUnknownModelNamesIt() throws IOException {
        copyData();
        edit("hosting.json", json -> json.replaceFirst("\"model\": \"llama-2-7b\"", "\"model\": \"llama-3-7b\""));
        assertThatThrownBy(() -> read(copy)).isInstanceOf(DataSetException.class)
            .hasMessageContaining("hosting.json")
            .hasMessageContaining("entry 'llama-3-7b'")
            .hasMessageContaining("field 'model'")
            .hasMessageContaining("unknown 'llama-3-7b'");
    }

    @Test
    void hostingProfileForAnEncoderIsRejected() throws IOException {
        copyData();
        edit("hosting.json", json -> json.replaceFirst("\"model\": \"llama-2-7b\"", "\"model\": \"bert-large\""));
        assertThatThrownBy(() -> read(copy)).isInstanceOf(DataSetException.class)
            .hasMessageContaining("hosting.json, entry 'bert-large', field 'model'")
            .hasMessageContaining("does not generate text");
    }

    @Test
    void hostingProfileForAClosedModelIsRejected() throws IOException {
        copyData();
        edit("hosting.json", json -> json.replaceFirst("\"model\": \"llama-2-7b\"", "\"model\": \"gpt-4\""));
        assertThatThrownBy(() -> read(copy)).isInstanceOf(DataSetException.class)
            .hasMessageContaining("hosting.json, entry 'gpt-4', field 'model'")
            .hasMessageContaining("cannot be downloaded");
    }

    @Test
    void hostingProfileCitingAnUnknownSourceNamesIt() throws IOException {
        copyData();
        edit("hosting.json", json -> json.replaceFirst("\"source\": \"pcpartdb-l4\"", "\"source\": \"nowhere\""));
        assertThatThrownBy(() -> read(copy)).isInstanceOf(DataSetException.class)
            .hasMessageContaining("hosting.json, entry 'llama-2-7b', field 'gpuMemoryGb.source'")
            .hasMessageContaining("unknown source 'nowhere'");
    }

    @Test
    void hostingProfileWithoutAThroughputIsRejected() throws IOException {
        copyData();
        edit("hosting.json", json -> json.replaceFirst("\"tokensPerSecondPerGpu\"", "\"tokensPerSecondPerGPU\""));
        assertThatThrownBy(() -> read(copy)).isInstanceOf(DataSetException.class)
            .hasMessageContaining("hosting.json")
            .hasMessageContaining("tokensPerSecondPerGPU");
    }

    @Test
    void costClaimCheckedAgainstAPerCharacterPriceIsRejected() throws IOException {
        copyData();
        edit("cost-claims.json", json -> json.replaceFirst("\"numeratorPrice\": \"p-gpt4-8k\"",
                "\"numeratorPrice\": \"p-palm2-text\""));
        assertThatThrownBy(() -> read(copy)).isInstanceOf(DataSetException.class)
            .hasMessageContaining("cost-claims.json, entry 'claim-18x', field 'numeratorPrice'")
            .hasMessageContaining("billed per characters");
    }

    @Test
    void auditRatingWithoutASourceNamesTheFeature() throws IOException {
        copyData();
        edit("openness/llama-2-70b.json",
                json -> json.replaceFirst(",\\s*\"source\": \"tracker-llama-2-chat\"", ""));
        assertThatThrownBy(() -> read(copy)).isInstanceOf(DataSetException.class)
            .hasMessageContaining("openness/llama-2-70b.json")
            .hasMessageContaining("entry 'llama-2-70b'")
            .hasMessageContaining("field 'features.opencode.source'")
            .hasMessageContaining("not-assessed");
    }

    @Test
    void auditWithAnUnknownStatusNamesTheField() throws IOException {
        copyData();
        edit("openness/gpt-4.json", json -> json.replaceFirst("\"status\": \"closed\"", "\"status\": \"shut\""));
        assertThatThrownBy(() -> read(copy)).isInstanceOf(DataSetException.class)
            .hasMessageContaining("openness/gpt-4.json")
            .hasMessageContaining("field 'features.opencode.status'")
            .hasMessageContaining("shut");
    }

    @Test
    void auditMissingAFeatureNamesIt() throws IOException {
        copyData();
        edit("openness/bloom.json", json -> json.replaceFirst("(?s),\\s*\"api\": \\{[^}]*\\}", ""));
        assertThatThrownBy(() -> read(copy)).isInstanceOf(DataSetException.class)
            .hasMessageContaining("openness/bloom.json")
            .hasMessageContaining("field 'features.api'");
    }

    @Test
    void notApplicableIsOnlyForTheRlFeatures() throws IOException {
        copyData();
        edit("openness/bloom.json", json -> json.replaceFirst("\"status\": \"open\"", "\"status\": \"not-applicable\""));
        assertThatThrownBy(() -> read(copy)).isInstanceOf(DataSetException.class)
            .hasMessageContaining("openness/bloom.json")
            .hasMessageContaining("field 'features.opencode.status'")
            .hasMessageContaining("only rldata and rlweights");
    }

    @Test
    void aModelWithoutAnAuditLoadsWithNothingAssessed() throws IOException {
        // issue 7: where no audit covers a model (a newly imported one), its features are "not assessed"
        copyData();
        Files.delete(copy.resolve("openness/bert-large.json"));
        assertThat(read(copy).audits()).extracting(DataFiles.OpennessAuditFile::model)
            .doesNotContain("bert-large")
            .contains("gpt-4");
    }

    @Test
    void auditFileMustBeNamedAfterItsModel() throws IOException {
        copyData();
        Files.copy(copy.resolve("openness/gpt-4.json"), copy.resolve("openness/gpt-5.json"));
        assertThatThrownBy(() -> read(copy)).isInstanceOf(DataSetException.class)
            .hasMessageContaining("openness/gpt-5.json")
            .hasMessageContaining("field 'model'");
    }

    @Test
    void claimCheckWithAnUnknownVerdictOrModelIsNamed() throws IOException {
        copyData();
        edit("claims.json", json -> json.replaceFirst("\"verdict\": \"does-not-hold\"", "\"verdict\": \"wrong\""));
        assertThatThrownBy(() -> read(copy)).isInstanceOf(DataSetException.class)
            .hasMessageContaining("claims.json")
            .hasMessageContaining("entry 'llama2-first-free-commercial'")
            .hasMessageContaining("field 'verdict'");
    }

    @Test
    void unknownTableRowCheckIsNamed() throws IOException {
        copyData();
        edit("tradeoffs.json", json -> json.replaceFirst("\"not-osi-licence\"", "\"not-osi\""));
        assertThatThrownBy(() -> read(copy)).isInstanceOf(DataSetException.class)
            .hasMessageContaining("entry 'dim-001-table-15'")
            .hasMessageContaining("unknown check 'not-osi'");
    }

    @Test
    void aUtf16FileIsRefusedNotMisread() throws IOException {
        copyData();
        Path vendors = copy.resolve("vendors.json");
        Files.write(vendors, Files.readString(vendors).getBytes(java.nio.charset.StandardCharsets.UTF_16));
        assertThatThrownBy(() -> read(copy)).isInstanceOf(DataSetException.class)
            .hasMessageContaining("vendors.json")
            .hasMessageContaining("is not UTF-8 JSON");
    }

    @Test
    void aByteOrderMarkOrBytesThatAreNotUtf8AreRefused() throws IOException {
        copyData();
        Path vendors = copy.resolve("vendors.json");
        byte[] text = Files.readAllBytes(vendors);
        byte[] latin1 = Files.readString(vendors).replace("Meta", "Méta").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(vendors, latin1);
        assertThatThrownBy(() -> read(copy)).hasMessageContaining("vendors.json").hasMessageContaining("not UTF-8");
        byte[] withMark = new byte[text.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withMark, 3, text.length);
        Files.write(vendors, withMark);
        assertThatThrownBy(() -> read(copy)).hasMessageContaining("byte-order mark");
    }

    @Test
    void aFileTheDataSetDoesNotKnowIsNamed() throws IOException {
        copyData();
        Files.writeString(copy.resolve("prices-old.json"), "[]");
        assertThatThrownBy(() -> read(copy)).isInstanceOf(DataSetException.class)
            .hasMessageContaining("prices-old.json")
            .hasMessageContaining("is not part of the data set");
        Files.delete(copy.resolve("prices-old.json"));
        Files.writeString(copy.resolve("models").resolve("notes.txt"), "todo");
        assertThatThrownBy(() -> read(copy)).hasMessageContaining("models/notes.txt");
    }

    @Test
    void aSyntaxErrorGivesItsLineAndColumn() throws IOException {
        copyData();
        edit("vendors.json", json -> json.replaceFirst("\"name\": \"Meta\",", "\"name\": \"Meta\""));
        assertThatThrownBy(() -> read(copy)).isInstanceOf(DataSetException.class)
            .hasMessageContaining("vendors.json")
            .hasMessageContaining("is not valid JSON")
            .hasMessageMatching("(?s).*line \\d+, column \\d+.*");
    }

    @Test
    void messagesNameFieldsNeverClasses() throws IOException {
        copyData();
        edit("prices.json", json -> json.replaceFirst("\"per\": 1000,", "\"per\": \"a thousand\","));
        assertThatThrownBy(() -> read(copy)).isInstanceOf(DataSetException.class)
            .hasMessageContaining("prices.json")
            .hasMessageContaining("field 'per'")
            .hasMessageContaining("a whole number")
            .hasMessageNotContaining("java.")
            .hasMessageNotContaining("com.llmcompare")
            .hasMessageNotContaining("Integer");
        edit("prices.json", json -> json.replaceFirst("\"per\": \"a thousand\",", "\"per\": 1000,"));
        edit("vendors.json", json -> json.replaceFirst("\"name\": \"Meta\"", "\"name\": \"Meta\", \"nmae\": 1"));
        assertThatThrownBy(() -> read(copy)).hasMessageContaining("unknown field 'nmae'")
            .hasMessageNotContaining("com.llmcompare")
            .hasMessageNotContaining("class");
    }

    private void copyData() throws IOException {
        DataFolderCopy.into(copy);
    }

    private void edit(String file, UnaryOperator<String> change) throws IOException {
        Path path = copy.resolve(file);
        String before = Files.readString(path);
        String after = change.apply(before);
        assertThat(after).as("the edit of " + file + " changed nothing").isNotEqualTo(before);
        Files.writeString(path, after);
    }

    @Test
    void aRoundedCatalogueContextBesideTheExactWindowIsRefused() throws IOException {
        // Gemma 3 27B: models.dev's 131,000 stays as a claim beside Google's 131,072, never as the value shown
        copyData();
        edit("models/gemma-3-27b.json", json -> json.replaceFirst("\"tokens\": 131072", "\"tokens\": 131000"));
        assertThatThrownBy(() -> new DataSetValidator().validate(read(copy))).isInstanceOf(DataSetException.class)
            .hasMessageContaining("models/gemma-3-27b.json")
            .hasMessageContaining("context.tokens")
            .hasMessageContaining("131000 is a rounded copy of the 131,072");
    }

    @Test
    void aCatalogueDateShownOverTheMakersOwnIsRefused() throws IOException {
        // Claude Opus 4.5: Anthropic launched it on 2025-11-24; models.dev's 2025-11-01 is its snapshot id's date
        copyData();
        edit("models/claude-opus-4.5.json", json -> json.replaceFirst("\"date\": \"2025-11-24\"", "\"date\": \"2025-11-01\""));
        assertThatThrownBy(() -> read(copy)).isInstanceOf(DataSetException.class)
            .hasMessageContaining("models/claude-opus-4.5.json")
            .hasMessageContaining("release.date")
            .hasMessageContaining("states 2025-11-24");
    }
}
