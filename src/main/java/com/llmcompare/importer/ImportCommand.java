package com.llmcompare.importer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

/**
 * {@code java -jar llm-compare.jar import --catalogue=models-dev --path=../shared/data/models-dev [--write]}:
 * runs the importer without starting the site. Prints the report of what would change (a dry
 * run), and writes only with {@code --write}. Exit status 0 when done, 1 when the import stopped
 * (nothing written), 2 for a usage error.
 */
public final class ImportCommand {

    static final String USAGE = """
            Usage: java -jar llm-compare.jar import --catalogue=<models-dev|genai-prices|llmstats|epoch|tau2-bench|aider|lmarena|osai-index>
                   --path=<folder>
                   [--data=<data folder, default: data>] [--write] [--verbose]
               or: java -jar llm-compare.jar import --fetch [--catalogue=<id>[,<id>…]] [--allow-partial]
                   [--report=<file.md>] [--data=<data folder>] [--write]

            Reads one catalogue snapshot from a local folder (or, with --fetch, downloads each catalogue of
            data/import/fetch.json at the commit its ref points at), merges it into the data set and prints what
            changes. Nothing is written without --write; with --fetch, nothing at all when a catalogue fails,
            unless --allow-partial. Run it again with the same snapshot: nothing changes.""";

    private ImportCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(Arrays.asList(args));
        }
        catch (IllegalArgumentException ex) {
            err.println(ex.getMessage());
            err.println(USAGE);
            return 2;
        }
        quietLogging();
        try (ValidatorFactory validators = Validation.buildDefaultValidatorFactory()) {
            if (options.fetch()) {
                java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
                return fetch(options, new FetchImport(validators.getValidator(), new Fetcher(Fetcher.Settings.DEFAULTS),
                        today), today, out, err);
            }
            if (options.catalogue() == null) {
                OsaiIndexImport.Result result = new OsaiIndexImport(validators.getValidator()).run(options.path(),
                        options.data(), options.write(), options.verbose());
                out.print(result.report());
                printFiles(out, result.changedFiles(), result.written());
                return 0;
            }
            Importer.Result result = new Importer(validators.getValidator()).run(options.catalogue(), options.path(),
                    options.data(), options.write());
            out.print(result.report().render(options.verbose()));
            out.println();
            printFiles(out, result.changedFiles(), result.written());
            return 0;
        }
        catch (CatalogueException ex) {
            err.println(ex.getMessage());
            err.println("Nothing was written to " + options.data() + ".");
            return 1;
        }
    }

    /** Exit 0 when every catalogue was fetched (or not modified), 1 when one failed. */
    static int fetch(Options options, FetchImport fetch, java.time.LocalDate today, PrintStream out, PrintStream err) {
        FetchImport.Result result = fetch.run(options.data(), options.catalogues(), options.write(),
                options.allowPartial());
        for (FetchImport.Outcome outcome : result.outcomes()) {
            out.println(outcome.catalogue().id() + ": " + outcome.status().name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' ') + " — " + outcome.message());
            if (outcome.result() != null) {
                out.print(outcome.result().report().render(options.verbose()));
            }
        }
        if (options.report() != null) {
            try {
                java.nio.file.Files.writeString(options.report(), RefreshReport.markdown(result, today));
            }
            catch (java.io.IOException ex) {
                err.println("Cannot write the report to " + options.report() + ": " + ex.getMessage());
                return 1;
            }
        }
        if (result.anyFailed()) {
            err.println(result.written() ? "A catalogue failed: the others were written (--allow-partial)."
                    : "A catalogue failed: nothing was written to " + options.data() + " (--allow-partial writes the others).");
            return 1;
        }
        printFiles(out, result.changedFiles(), result.written());
        return 0;
    }

    private static void printFiles(PrintStream out, List<String> changedFiles, boolean written) {
        if (changedFiles.isEmpty()) {
            out.println("Nothing to change: data/ already holds this snapshot.");
        }
        else if (written) {
            out.println("Written: " + String.join(", ", changedFiles));
        }
        else {
            out.println("Dry run, nothing written. Would change: " + String.join(", ", changedFiles));
            out.println("Run again with --write to write these files.");
        }
    }

    /** The command's output is its report: no library chatter. */
    private static void quietLogging() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(Level.WARN);
        }
    }

    /** {@code catalogue} is null for the openness audits of the European Open Source AI Index ({@code osai-index}). */
    record Options(Catalogue catalogue, Path path, Path data, boolean write, boolean verbose, boolean fetch,
            List<Catalogue> catalogues, boolean allowPartial, Path report) {

        static Options parse(List<String> args) {
            Catalogue catalogue = null;
            boolean osaiIndex = false;
            Path path = null;
            Path data = Path.of("data");
            boolean write = false;
            boolean verbose = false;
            boolean fetch = args.contains("--fetch");
            List<Catalogue> catalogues = new java.util.ArrayList<>();
            boolean allowPartial = false;
            Path report = null;
            for (String arg : args) {
                if (arg.equals("--fetch")) {
                    continue;
                }
                if (arg.equals("--allow-partial")) {
                    allowPartial = true;
                }
                else if (arg.startsWith("--report=")) {
                    report = Path.of(arg.substring("--report=".length()));
                }
                else if (fetch && arg.startsWith("--catalogue=")) {
                    for (String id : arg.substring("--catalogue=".length()).split(",")) {
                        catalogues.add(Catalogue.fromId(id.trim()).orElseThrow(() -> new IllegalArgumentException(
                                "Unknown catalogue '" + id + "' for --fetch: use the ids of data/import/fetch.json.")));
                    }
                }
                else if (arg.startsWith("--catalogue=")) {
                    String id = arg.substring("--catalogue=".length());
                    osaiIndex = id.equalsIgnoreCase(OsaiIndexImport.ID);
                    catalogue = osaiIndex ? null : Catalogue.fromId(id)
                        .orElseThrow(() -> new IllegalArgumentException("Unknown catalogue '" + id
                                + "': use models-dev, genai-prices, llmstats, epoch, tau2-bench, aider, lmarena or osai-index."));
                }
                else if (arg.startsWith("--path=")) {
                    path = Path.of(arg.substring("--path=".length()));
                }
                else if (arg.startsWith("--data=")) {
                    data = Path.of(arg.substring("--data=".length()));
                }
                else if (arg.equals("--write")) {
                    write = true;
                }
                else if (arg.equals("--verbose")) {
                    verbose = true;
                }
                else {
                    throw new IllegalArgumentException("Unknown argument '" + arg + "'.");
                }
            }
            if (fetch) {
                if (path != null) {
                    throw new IllegalArgumentException("--fetch downloads the catalogues: it takes no --path.");
                }
                return new Options(null, null, data, write, verbose, true, List.copyOf(catalogues), allowPartial, report);
            }
            if (allowPartial || report != null) {
                throw new IllegalArgumentException("--allow-partial and --report go with --fetch.");
            }
            if ((catalogue == null && !osaiIndex) || path == null) {
                throw new IllegalArgumentException("Both --catalogue and --path are needed.");
            }
            return new Options(catalogue, path, data, write, verbose, false, List.of(), false, null);
        }
    }
}
