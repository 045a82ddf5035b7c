package com.llmcompare.importer;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/** Reads the entries of one catalogue snapshot, for the providers (a board: the files or domains) in scope only. */
interface CatalogueReader {

    List<CatalogueEntry> read(Path root, Collection<String> scope);
}
