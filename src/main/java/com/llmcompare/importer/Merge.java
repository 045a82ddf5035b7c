package com.llmcompare.importer;

import java.util.List;

import com.llmcompare.importer.ImportReport.Kind;
import com.llmcompare.importer.Mapping.ModelMapping;

import tools.jackson.databind.node.ObjectNode;

/**
 * Merges the entries of one catalogue snapshot into the data set, entry by entry (in id order, so
 * the result never depends on the file system): facts from the entry the mapping lists first for a
 * model, prices and scores from every mapped entry.
 */
final class Merge {

    private final Catalogue catalogue;

    private final Mapping mapping;

    private final DataFolder data;

    private final ImportReport report;

    private final EntrySources sources;

    private final FactMerge facts;

    private final PriceMerge prices;

    private final ScoreMerge scores;

    Merge(Catalogue catalogue, Snapshot snapshot, Mapping mapping, DataFolder data, ImportReport report) {
        this.catalogue = catalogue;
        this.mapping = mapping;
        this.data = data;
        this.report = report;
        this.sources = new EntrySources(catalogue, snapshot);
        this.facts = new FactMerge(report, mapping, sources.snapshotNote());
        this.prices = new PriceMerge(report, catalogue, mapping, snapshot, sources.snapshotNote());
        this.scores = new ScoreMerge(report, catalogue, mapping, data, sources.snapshotNote(), sources::citeFile);
    }

    /** The sources of the entries of this snapshot that give prices: a price citing any other has ended. */
    private final java.util.Set<String> priced = new java.util.HashSet<>();

    void run(List<CatalogueEntry> entries) {
        report.entriesRead(entries.size());
        List<CatalogueEntry> sorted = entries.stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
        // New models first, each from the first of its entries that says it is offered, so that
        // none of a new model's entries is lost for coming before that one.
        for (CatalogueEntry entry : sorted) {
            mapping.model(catalogue, entry.id())
                .filter(target -> data.model(target.slug()) == null && entry.facts().lifecycle() != null)
                .ifPresent(target -> create(target, entry));
        }
        for (CatalogueEntry entry : sorted) {
            ModelMapping target = mapping.model(catalogue, entry.id()).orElse(null);
            if (target == null) {
                report.unmapped(entry.provider(), entry.id());
                continue;
            }
            merge(target, entry);
        }
        scores.sweep(data.scores());
        if (!catalogue.isBoard()) {
            prices.endUnlisted(priced, data.prices());
        }
        UnmappedClaims.sweep(catalogue, mapping, data, report);
        int[] counts = sources.apply(data.sources(), data.referencedSources());
        report.sources(counts[0], counts[1]);
    }

    private void merge(ModelMapping target, CatalogueEntry entry) {
        String slug = target.slug();
        ObjectNode model = data.model(slug);
        if (model == null) {
            model = create(target, entry);
            if (model == null) {
                return;
            }
        }
        String later = EntryVersions.laterVersion(entry, model);
        if (later != null && !entry.results().isEmpty()) {
            report.add(Kind.SKIPPED, slug, entry.id(), "scores", later);
        }
        boolean factsEntry = !catalogue.isBoard() && target.suppliesFacts(catalogue, entry.id());
        if (factsEntry) {
            String source = sources.cite(entry);
            facts.merge(slug, model, entry, source);
            facts.capabilities(slug, model, entry, source);
            entry.skipped().forEach(skip -> report.add(Kind.SKIPPED, slug, entry.id(), skip.what(), skip.reason()));
        }
        else {
            entry.skipped()
                .stream()
                .filter(skip -> !skip.what().equals("facts"))
                .forEach(skip -> report.add(Kind.SKIPPED, slug, entry.id(), skip.what(), skip.reason()));
        }
        if (!entry.prices().isEmpty()) {
            String source = sources.cite(entry);
            priced.add(source);
            prices.merge(slug, model, entry, source, data.prices());
        }
        if (!entry.results().isEmpty() && later == null) {
            scores.merge(slug, entry, catalogue.isBoard() ? null : sources.cite(entry), data.scores());
        }
    }

    /** A mapped model the data set does not have yet: its file, from the mapping's curated part. */
    private ObjectNode create(ModelMapping target, CatalogueEntry entry) {
        if (target.newModel() == null) {
            throw new CatalogueException("data/" + Mapping.FILE, target.slug(), "new",
                    "data/models/" + target.slug() + ".json does not exist: give the new model's name, vendor and"
                            + " licence, or fix the slug");
        }
        if (!data.hasVendor(target.newModel().vendor())) {
            throw new CatalogueException("data/" + Mapping.FILE, target.slug(), "new.vendor",
                    "unknown vendor '" + target.newModel().vendor() + "': add it to vendors.json first");
        }
        if (!data.hasLicense(target.newModel().license())) {
            throw new CatalogueException("data/" + Mapping.FILE, target.slug(), "new.license",
                    "unknown licence '" + target.newModel().license() + "': add it to licenses.json first");
        }
        if (entry.facts().lifecycle() == null) {
            report.add(Kind.SKIPPED, target.slug(), entry.id(), "new model",
                    catalogue.displayName() + " does not say whether the model is offered: import a catalogue that"
                            + " lists it (models.dev or genai-prices) first");
            return null;
        }
        ObjectNode model = NewModelFile.create(target.slug(), target.newModel(), entry, sources.cite(entry), catalogue,
                sources.snapshotNote());
        data.addModel(target.slug(), model);
        report.newModel(target.slug());
        report.add(Kind.ADDED, target.slug(), entry.id(), "model", target.newModel().name());
        return model;
    }
}
