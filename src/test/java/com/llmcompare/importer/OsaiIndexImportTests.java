package com.llmcompare.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import --catalogue=osai-index} over the index snapshot in {@code ../shared/data/osai-index}: the
 * committed audits are exactly what it writes (a re-run changes nothing, byte for byte), and bad input
 * stops it with the file, the entry and the field named, before anything is written.
 */
class OsaiIndexImportTests {

    private static final Path INDEX = Path.of("../shared/data/osai-index");

    @TempDir
    Path temp;

    @BeforeEach
    void needsTheSnapshot() {
        assumeTrue(Files.isRegularFile(INDEX.resolve("SNAPSHOT.txt")),
                "Skipped: the index snapshot is not in " + INDEX.toAbsolutePath().normalize());
    }

    private OsaiIndexImport.Result run(Path index, Path data, boolean write) {
        return new OsaiIndexImport(Fixtures.validator()).run(index, data, write, false);
    }

    @Test
    void theDataSetAlreadyHoldsTheIndexsAuditsSoARerunChangesNothing() {
        Path data = temp.resolve("data");
        Fixtures.copyTree(Path.of("data"), data);
        OsaiIndexImport.Result result = run(INDEX, data, true);
        assertThat(result.changedFiles()).isEmpty();
        assertThat(result.report()).contains("25 audits from 18 index entries (0 new or changed)");
    }

    @Test
    void aModelLeftOutOfTheDataSetWouldBeWrittenFromTheIndex() throws IOException {
        Path data = temp.resolve("data");
        Fixtures.copyTree(Path.of("data"), data);
        Files.writeString(data.resolve("openness/gpt-oss-20b.json"),
                Files.readString(data.resolve("openness/gpt-oss-20b.json")).replace("Model weights", "Weights"));
        OsaiIndexImport.Result result = run(INDEX, data, true);
        assertThat(result.changedFiles()).containsExactly("openness/gpt-oss-20b.json");
        assertThat(run(INDEX, data, false).changedFiles()).as("and then nothing").isEmpty();
    }

    @Test
    void aClassTheIndexDoesNotKnowStopsTheImportNamingFileEntryAndField() throws IOException {
        Path index = temp.resolve("index");
        Path data = temp.resolve("data");
        Fixtures.copyTree(INDEX, index);
        Fixtures.copyTree(Path.of("data"), data);
        Path file = index.resolve("models/GPT-OSS.yaml");
        Files.writeString(file, Files.readString(file).replaceFirst("class: partial", "class: mostly"));
        String before = Files.readString(data.resolve("openness/gpt-oss-120b.json"));
        assertThatThrownBy(() -> run(index, data, true)).isInstanceOf(CatalogueException.class)
            .hasMessageContaining("models/GPT-OSS.yaml")
            .hasMessageContaining("entry 'GPT OSS'")
            .hasMessageContaining("field 'licenses.class'")
            .hasMessageContaining("mostly");
        assertThat(Files.readString(data.resolve("openness/gpt-oss-120b.json"))).isEqualTo(before);
    }

    @Test
    void anUnknownFieldOrAModelTheDataSetLacksStopsTheImport() throws IOException {
        Path index = temp.resolve("index");
        Path data = temp.resolve("data");
        Fixtures.copyTree(INDEX, index);
        Fixtures.copyTree(Path.of("data"), data);
        Path file = index.resolve("models/T5.yaml");
        Files.writeString(file, Files.readString(file) + "\nlicences_extra:\n    class: open\n");
        assertThatThrownBy(() -> run(index, data, false)).isInstanceOf(CatalogueException.class)
            .hasMessageContaining("models/T5.yaml")
            .hasMessageContaining("licences_extra");
        Files.copy(INDEX.resolve("models/T5.yaml"), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path mapping = data.resolve("import/osai-index.json");
        Files.writeString(mapping, Files.readString(mapping).replace("\"t5-11b\"", "\"t5-xxl\""));
        assertThatThrownBy(() -> run(index, data, false)).isInstanceOf(CatalogueException.class)
            .hasMessageContaining("import/osai-index.json")
            .hasMessageContaining("entry 'T5'")
            .hasMessageContaining("'t5-xxl' is not a model of the data set");
        Files.writeString(mapping, Files.readString(mapping).replace("\"t5-xxl\"", "\"bert-large\""));
        assertThatThrownBy(() -> run(index, data, false)).isInstanceOf(CatalogueException.class)
            .hasMessageContaining("already mapped to index entry 'BERT'");
    }
}
