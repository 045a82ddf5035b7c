package com.llmcompare.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Copies the real data/ folder, so a test can break the copy and leave the original alone, and reads a folder as
 * the loader does: the reader, then the validator.
 */
final class DataFolderCopy {

    static final Path DATA = Path.of("data");

    private static final jakarta.validation.ValidatorFactory VALIDATORS =
            jakarta.validation.Validation.buildDefaultValidatorFactory();

    private DataFolderCopy() {
    }

    /** The data set in {@code dir}, read and validated; a bad file is the loader's {@link DataSetException}. */
    static DataSet read(Path dir) {
        DataSet data = new DataSetReader(VALIDATORS.getValidator()).read(dir);
        new DataSetValidator().validate(data);
        return data;
    }

    static void into(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(DATA)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(DATA.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                }
                else {
                    Files.copy(file, copy);
                }
            }
        }
    }
}
