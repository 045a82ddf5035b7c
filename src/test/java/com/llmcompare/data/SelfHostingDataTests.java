package com.llmcompare.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.llmcompare.core.dataset.DataFiles;


/** gpus.json, architectures.json and throughput.json as read, and broken copies of them, each refused by name. */
class SelfHostingDataTests {

    @TempDir
    Path copy;

    private static DataSet read(Path dir) {
        return DataFolderCopy.read(dir);
    }

    @Test
    void readsTheGpusArchitecturesAndRunsOfTheDataSet() {
        DataSet data = read(DataFolderCopy.DATA);

        assertThat(data.gpus()).extracting(DataFiles.GpuFile::id)
            .contains("a10g", "l4", "a100-80gb", "h100", "h200", "b200", "gb200", "rtx-pro-6000", "mi300x");
        DataFiles.GpuFile h100 = data.gpus().stream().filter(g -> g.id().equals("h100")).findFirst().orElseThrow();
        assertThat(h100.memoryGb().value()).isEqualByComparingTo("80");
        assertThat(h100.prices()).extracting(DataFiles.GpuPriceFile::kind).contains("rental-3yr", "owning-neocloud",
                "measured-run");
        DataFiles.ArchitectureFile llama = data.architectures().stream()
            .filter(a -> a.model().equals("llama-3.3-70b-instruct")).findFirst().orElseThrow();
        assertThat(llama.layers()).isEqualTo(80);
        assertThat(llama.kvHeads()).isEqualTo(8);
        assertThat(llama.headDim()).isEqualTo(128);
        DataFiles.ArchitectureFile deepseek = data.architectures().stream()
            .filter(a -> a.model().equals("deepseek-v3.2")).findFirst().orElseThrow();
        assertThat(deepseek.attention()).isEqualTo("mla");
        assertThat(deepseek.kvLoraRank()).isEqualTo(512);
        assertThat(data.throughput()).hasSizeGreaterThan(400);
        assertThat(data.throughput()).extracting(DataFiles.ThroughputFile::kind).contains("upper-bound", "serving");
        assertThat(data.throughput()).allSatisfy(run -> assertThat(run.entry()).matches("[a-z0-9-]+/.+:\\d+.*"));
    }

    @Test
    void aRunOfAClosedModelIsRefused() throws IOException {
        edit("throughput.json", json -> json.replaceFirst("\"model\": \"llama-4-scout\"", "\"model\": \"gpt-4\""));
        assertThatThrownBy(() -> read(copy)).isInstanceOf(DataSetException.class)
            .hasMessageContaining("throughput.json, entry 'gpt-4 on b200")
            .hasMessageContaining("cannot be self-hosted");
    }

    @Test
    void aRunOnAnUnknownGpuOrAtAnUnknownPrecisionIsNamed() throws IOException {
        edit("throughput.json", json -> json.replaceFirst("\"gpu\": \"b200\"", "\"gpu\": \"b900\""));
        assertThatThrownBy(() -> read(copy)).isInstanceOf(DataSetException.class)
            .hasMessageContaining("field 'gpu'")
            .hasMessageContaining("unknown 'b900'");
    }

    @Test
    void aRunAtAPrecisionTheSizingDoesNotKnowIsNamed() throws IOException {
        edit("throughput.json", json -> json.replaceFirst("\"precision\": \"fp4\"", "\"precision\": \"fp3\""));
        assertThatThrownBy(() -> read(copy)).isInstanceOf(DataSetException.class)
            .hasMessageContaining("field 'precision'")
            .hasMessageContaining("unknown 'fp3'");
    }

    @Test
    void latentAttentionWithoutItsRankIsRefused() throws IOException {
        edit("architectures.json", json -> json.replaceFirst("\"kvLoraRank\": 512", "\"kvLoraRank\": null"));
        assertThatThrownBy(() -> read(copy)).isInstanceOf(DataSetException.class)
            .hasMessageContaining("architectures.json")
            .hasMessageContaining("field 'kvLoraRank'")
            .hasMessageContaining("latent attention caches kvLoraRank + qkRopeHeadDim");
    }

    @Test
    void aGpuPriceOfAnUnknownKindIsRefused() throws IOException {
        edit("gpus.json", json -> json.replaceFirst("\"kind\": \"rental-3yr\"", "\"kind\": \"spot\""));
        assertThatThrownBy(() -> read(copy)).isInstanceOf(DataSetException.class)
            .hasMessageContaining("gpus.json")
            .hasMessageContaining("kind");
    }

    private void edit(String file, UnaryOperator<String> change) throws IOException {
        DataFolderCopy.into(copy);
        Path path = copy.resolve(file);
        String before = Files.readString(path);
        String after = change.apply(before);
        assertThat(after).as("the edit of " + file + " changed nothing").isNotEqualTo(before);
        Files.writeString(path, after);
    }
}
