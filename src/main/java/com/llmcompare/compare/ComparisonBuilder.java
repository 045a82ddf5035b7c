package com.llmcompare.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.llmcompare.core.benchmark.Benchmark;
import com.llmcompare.core.benchmark.Score;
import com.llmcompare.compare.Comparison.Cell;
import com.llmcompare.compare.Comparison.Row;
import com.llmcompare.compare.Comparison.Section;
import com.llmcompare.core.model.Claim;
import com.llmcompare.core.model.LanguageModel;
import com.llmcompare.models.ModelDetails;
import com.llmcompare.core.openness.AuditEntry;
import com.llmcompare.core.openness.FeatureStatus;
import com.llmcompare.core.openness.AuditCriteria;
import com.llmcompare.core.openness.OpennessAudit;
import com.llmcompare.core.openness.OpennessFeature;
import com.llmcompare.core.openness.OpennessScore;
import com.llmcompare.core.model.Lifecycle;
import com.llmcompare.core.price.Offers;
import com.llmcompare.core.price.Price;
import com.llmcompare.core.price.TokenMix;
import com.llmcompare.web.BarChart;
import com.llmcompare.web.Formats;

/**
 * Lays out the facts of two to six models side by side. Pure: it is given everything it
 * shows, so it is tested without a database.
 */
public class ComparisonBuilder {

    /** Benchmarks preferred for a link preview's headline, broadest first. */

    private final Formats formats;

    public ComparisonBuilder(Formats formats) {
        this.formats = formats;
    }

    /**
     * @param details the models in the selection's order
     * @param offersByModel every model's offers today (variants included: a variant's price is named)
     * @param namesBySlug model names, to name a variant that has a price
     */
    public Comparison build(ModelSelection selection, List<ModelDetails> details, List<Benchmark> benchmarks,
            Map<String, Offers> offersByModel, Map<String, String> namesBySlug) {
        List<LanguageModel> models = details.stream().map(ModelDetails::model).toList();
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("overview", "Overview", List.of(
                textRow("vendor", "Vendor", models, m -> Cell.of(m.getVendor().getName(), null, List.of())),
                textRow("release", "Released", models, this::release),
                textRow("openness", "Openness level", models,
                        m -> Cell.of(m.getOpennessLevel().getLabel(), null, List.of()).withNote(m.getOpennessReason())),
                textRow("license", "Licence", models,
                        m -> Cell.of(m.getLicense().getName(), null, List.of(m.getLicense().getSourceId()))
                            .withFlags(List.of(m.getLicense().isOsiApproved() ? "OSI-approved" : "not OSI-approved"))),
                textRow("access", "Access", models, m -> Cell.of(access(m), null, sourcesOf(m.claimsFor("access")))),
                textRow("lifecycle", "Lifecycle", models,
                        m -> lifecycle(offersByModel.get(m.getSlug()).lifecycle())))));
        sections.add(new Section("size", "Size", List.of(
                numberRow("parameters", "Parameters", null, models, this::parameters),
                numberRow("training-tokens", "Training tokens", null, models, this::trainingTokens))));
        sections.add(new Section("context", "Context window", List.of(
                numberRow("context", "Context window (tokens)", "higher", models, this::context),
                textRow("extended-context", "Extended variants", models, this::extended))));
        sections.add(new Section("training", "Training data and code", List.of(
                textRow("training-data", "Training data", models,
                        m -> Cell.of(m.isTrainingDataDocumented() ? "documented" : "not documented", null,
                                sourcesOf(m.claimsFor("trainingData")))),
                textRow("training-code", "Training code", models,
                        m -> Cell.of(m.isTrainingCodePublic() ? "public" : "not public", null,
                                sourcesOf(m.claimsFor("trainingCode")))))));
        sections.add(new Section("openness", "Openness audit (the 14 features of the Opening up ChatGPT tracker)",
                opennessRows(models)));
        sections.add(new Section("fine-tuning", "Fine-tuning", List.of(
                textRow("fine-tuning", "Fine-tuning", models, this::fineTuning))));
        sections.add(new Section("prices", "Prices (USD per 1M tokens, cheapest current offer)", List.of(
                numberRow(MIX_ROW, "Price / 1M tokens at " + TokenMix.DEFAULT.text() + " input:output (cheapest offer "
                        + "at that mix)", "lower", details, this::priceAtMix),
                numberRow("price-input", "Input price / 1M tokens", "lower", details,
                        d -> price(d, offersByModel, namesBySlug, true)),
                numberRow("price-output", "Output price / 1M tokens", "lower", details,
                        d -> price(d, offersByModel, namesBySlug, false)),
                textRow("price-offers", "All offers", details, this::offers))));
        sections.add(new Section("benchmarks", "Benchmarks", benchmarkRows(details, benchmarks)));
        return new Comparison(selection, models, sections, chart(details, benchmarks), headlines(details, benchmarks),
                CompareVerdict.of(models, sections, details.stream().map(ModelDetails::lifecycle).toList(), benchmarks),
                CompareCards.of(models, sections, benchmarks));
    }

    /**
     * The audit's score with its coverage, which audit it is (source and criteria), then the criteria of
     * each audit the models have: the index's 12 for the models it covers, the tracker's 14 for the others;
     * a model audited on the other criteria says so in those rows.
     */
    private List<Row> opennessRows(List<LanguageModel> models) {
        List<Row> rows = new ArrayList<>();
        rows.add(numberRow("openness-score", "Openness score (0–1: open 1, partial ½, closed 0, over the assessed "
                + "criteria; none when fewer than half are assessed)", "higher", models, m -> {
                    OpennessScore score = m.getOpennessScore();
                    if (score.value() == null) {
                        return Cell.missing("too little evidence (" + score.coverage() + ")")
                            .withLink("/models/" + m.getSlug() + "#openness", "the audit");
                    }
                    return Cell.of(score.text(), score.value(), List.of())
                        .withNote(score.working())
                        .withLink("/models/" + m.getSlug() + "#openness", "the audit");
                }));
        rows.add(textRow("openness-audit", "Audit (source and criteria)", models, m -> {
            OpennessAudit audit = m.getOpennessAudit();
            List<String> sources = audit.getSourceId() == null ? List.of() : List.of(audit.getSourceId());
            return Cell.of(audit.getCriteria().getDescription(), null, sources)
                .withNote(m.getOpennessScore().coverage());
        }));
        for (AuditCriteria criteria : AuditCriteria.values()) {
            if (models.stream().noneMatch(m -> m.getOpennessAudit().getCriteria() == criteria)) {
                continue;
            }
            for (OpennessFeature feature : criteria.getFeatures()) {
                String id = "audit-" + (criteria == AuditCriteria.TRACKER ? "" : criteria.getId() + "-")
                        + feature.getKey();
                String label = feature.getLabel() + (criteria == AuditCriteria.TRACKER ? "" : " (index)");
                rows.add(textRow(id, label, models, m -> auditCell(m, feature)));
            }
        }
        return rows;
    }

    private static Cell auditCell(LanguageModel m, OpennessFeature feature) {
        if (m.getOpennessAudit().getCriteria() != feature.getCriteria()) {
            return Cell.missing("audited on the " + m.getOpennessAudit().getCriteria().getDescription());
        }
        Optional<AuditEntry> found = m.getOpennessAudit().entry(feature);
        if (found.isEmpty()) {
            return Cell.missing("not assessed");
        }
        AuditEntry entry = found.get();
        List<String> sources = entry.getSourceId() == null ? List.of() : List.of(entry.getSourceId());
        Cell cell = entry.getStatus() == FeatureStatus.NOT_ASSESSED ? Cell.missing("not assessed")
                : Cell.of(entry.getStatus().getLabel(), null, sources);
        return cell.withNote(entry.getReason());
    }

    private <T> Row textRow(String id, String label, List<T> items, Function<T, Cell> cell) {
        return new Row(id, label, null, items.stream().map(cell).toList(), null);
    }

    /** A numeric row: marks the best value when a direction is given and every value is alike. */
    private <T> Row numberRow(String id, String label, String direction, List<T> items, Function<T, Cell> cell) {
        List<Cell> cells = items.stream().map(cell).toList();
        return new Row(id, label, direction, markBest(cells, direction), null);
    }

    static List<Cell> markBest(List<Cell> cells, String direction) {
        List<Double> numbers = cells.stream().map(Cell::number).filter(Objects::nonNull).toList();
        if (direction == null || numbers.size() < 2) {
            return cells;
        }
        double best = "higher".equals(direction) ? numbers.stream().mapToDouble(d -> d).max().orElseThrow()
                : numbers.stream().mapToDouble(d -> d).min().orElseThrow();
        if (numbers.stream().allMatch(n -> n == best)) {
            return cells;
        }
        return cells.stream().map(c -> c.number() != null && c.number() == best ? c.asBest() : c).toList();
    }

    private Cell release(LanguageModel m) {
        if (m.getReleaseDate() == null) {
            return Cell.missing("not published");
        }
        List<String> sources = m.claimsFor("release")
            .stream()
            .filter(c -> m.getReleaseDate().equals(c.getValueText()))
            .map(Claim::getSourceId)
            .limit(1)
            .toList();
        return Cell.of(m.getReleaseDate(), null, sources.isEmpty() ? sourcesOf(m.claimsFor("release")) : sources);
    }

    private static String access(LanguageModel m) {
        if (m.isWeightsDownloadable()) {
            return m.isApiAvailable() ? "weights downloadable; hosted APIs" : "weights downloadable";
        }
        return m.isApiAvailable() ? "API only" : "no API; app only";
    }

    private Cell parameters(LanguageModel m) {
        if (m.getParameterCount() != null) {
            return Cell.of(formats.count(m.getParameterCount()), m.getParameterCount(),
                    headlineSource(m, "parameters", m.getParameterCount()))
                .withFlags(List.of(m.getParametersStatus()));
        }
        List<Claim> speculation = m.claimsFor("parameters").stream().filter(Claim::isSpeculation).toList();
        Cell cell = Cell.missing("not disclosed").withFlags(List.of(m.getParametersStatus()));
        if (!speculation.isEmpty()) {
            cell = new Cell("not disclosed", null, sourcesOf(speculation),
                    "Speculation: " + speculation.stream().map(Claim::getValueText).collect(Collectors.joining("; ")),
                    true, false, null, null, List.of(m.getParametersStatus()));
        }
        return cell;
    }

    private Cell trainingTokens(LanguageModel m) {
        if (m.getTrainingTokenCount() != null) {
            return Cell.of(formats.count(m.getTrainingTokenCount()), m.getTrainingTokenCount(),
                    headlineSource(m, "trainingTokens", m.getTrainingTokenCount()));
        }
        return Cell.missing("not disclosed");
    }

    private Cell context(LanguageModel m) {
        if (m.getContextTokens() == null) {
            return Cell.missing("not published");
        }
        double tokens = m.getContextTokens();
        Cell cell = Cell.of(formats.grouped(m.getContextTokens()), tokens, headlineSource(m, "context", tokens));
        List<Claim> disagreements = m.articleDisagreements("context", tokens);
        if (!disagreements.isEmpty()) {
            cell = cell.withNote("The article says " + disagreements.stream().map(Claim::getValueText)
                .collect(Collectors.joining("; ")));
        }
        return cell;
    }

    private Cell extended(LanguageModel m) {
        if (m.getExtendedContexts().isEmpty()) {
            return Cell.missing("none");
        }
        return Cell.of(m.getExtendedContexts()
            .stream()
            .map(e -> formats.grouped(e.getTokens()) + " (" + e.getLabel() + ")")
            .collect(Collectors.joining("; ")), null,
                m.getExtendedContexts().stream().map(e -> e.getSourceId()).distinct().toList());
    }

    private Cell fineTuning(LanguageModel m) {
        if (m.getFineTuningAvailable() == null) {
            return Cell.missing("not known");
        }
        return Cell.of(m.getFineTuningAvailable() ? "available" : "not available", null,
                sourcesOf(m.claimsFor("fineTuning")))
            .withNote(m.getFineTuningHow());
    }

    private static Cell lifecycle(Lifecycle lifecycle) {
        return Cell.of(lifecycle.summary(), null, List.of(lifecycle.sourceId()));
    }

    /** The row of the price at the default mix, which the verdict names the cheapest from. */
    static final String MIX_ROW = "price-mix";

    private Cell priceAtMix(ModelDetails d) {
        TokenMix mix = TokenMix.DEFAULT;
        Optional<Price> offer = d.lifecycle().isRetired() ? Optional.empty() : d.offers().cheapestAt(mix);
        if (offer.isEmpty()) {
            return Cell.missing(d.lifecycle().isRetired() ? "retired: not sold" : "no current per-token price");
        }
        Price price = offer.get();
        BigDecimal amount = mix.perMillion(price).orElseThrow();
        return Cell.of(formats.usdPrecise(amount), amount.doubleValue(), price.getSourceIds())
            .withNote("(" + mix.input() + " × " + formats.usd(price.getInputPerMillion()) + " + " + mix.output() + " × "
                    + formats.usd(price.getOutputPerMillion()) + ") ÷ " + (mix.input() + mix.output()) + " at "
                    + price.getProvider() + ", " + price.getOffer());
    }

    private Cell price(ModelDetails d, Map<String, Offers> offers, Map<String, String> names, boolean input) {
        Price price = d.offers().cheapest().orElse(null);
        if (price != null) {
            BigDecimal amount = input ? price.getInputPerMillion() : price.getOutputPerMillion();
            return Cell.of(formats.usd(amount), amount.doubleValue(), price.getSourceIds())
                .withNote(price.getProvider() + ", " + price.getOffer() + ", from " + price.getValidFrom()
                        + ", last checked " + price.getLastChecked());
        }
        Optional<Price> lastOffer = d.offers().cheapestToPrice();
        if (lastOffer.isPresent() && d.lifecycle().isRetired()) {
            Price p = lastOffer.get();
            BigDecimal amount = input ? p.getInputPerMillion() : p.getOutputPerMillion();
            return new Cell(formats.usd(amount), null, p.getSourceIds(),
                    "Retired offer, for comparison only: " + p.getProvider() + ", " + p.getOffer()
                            + ", no longer sold since " + d.lifecycle().date(),
                    false, false, null, null, List.of("retired"));
        }
        for (LanguageModel variant : d.variants()) {
            Price variantPrice = offers.containsKey(variant.getSlug())
                    ? offers.get(variant.getSlug()).cheapest().orElse(null) : null;
            if (variantPrice != null) {
                BigDecimal amount = input ? variantPrice.getInputPerMillion() : variantPrice.getOutputPerMillion();
                return Cell.missing("no price for this model")
                    .withNote("Its variant " + names.get(variant.getSlug()) + " costs " + formats.usd(amount) + " at "
                            + variantPrice.getProvider())
                    .withLink("/models/" + variant.getSlug() + "#prices", names.get(variant.getSlug()));
            }
        }
        if (!d.prices().isEmpty() && d.prices().stream().noneMatch(Price::isPerToken)) {
            Price p = d.prices().get(0);
            return Cell.missing("billed per " + p.getUnit())
                .withNote(formats.usd(input ? p.getInputPerMillion() : p.getOutputPerMillion()) + " per 1M "
                        + p.getUnit() + " (" + p.getProvider() + "): not comparable per token");
        }
        return Cell.missing(d.model().isApiAvailable() ? "no price in the data set" : "no API");
    }

    private Cell offers(ModelDetails d) {
        if (d.prices().isEmpty()) {
            return Cell.missing("none");
        }
        String text = d.prices()
            .stream()
            .map(p -> p.getProvider() + " " + p.getOffer() + ": " + formats.usd(p.getInputPerMillion()) + " / "
                    + formats.usd(p.getOutputPerMillion()) + " per 1M " + p.getUnit() + " (" + p.getValidFrom()
                    + (p.getValidUntil() == null ? "" : " – " + p.getValidUntil()) + ")")
            .collect(Collectors.joining("; "));
        return Cell.of(text, null, d.prices().stream().flatMap(p -> p.getSourceIds().stream()).distinct().toList());
    }

    private List<Row> benchmarkRows(List<ModelDetails> details, List<Benchmark> benchmarks) {
        List<Row> rows = new ArrayList<>();
        for (Benchmark benchmark : benchmarks.stream().sorted(Comparator.comparingInt(ComparisonBuilder::place)).toList()) {
            List<Optional<Score>> scores = details.stream().map(d -> ownScore(d, benchmark)).toList();
            if (scores.stream().noneMatch(Optional::isPresent)) {
                continue;
            }
            List<Cell> cells = scores.stream().map(score -> score.map(s -> scoreCell(s, benchmark))
                .orElse(Cell.missing("no score reported"))).toList();
            List<String> settings = scores.stream()
                .flatMap(Optional::stream)
                .filter(s -> s.getValue() != null)
                .map(s -> s.getShots() == null ? "not stated" : s.getShots())
                .distinct()
                .toList();
            String direction = benchmark.isHigherIsBetter() ? "higher" : "lower";
            String label = benchmark.getName() + " (" + benchmark.getMetric() + ")";
            if (settings.size() > 1) {
                rows.add(new Row("benchmark-" + benchmark.getSlug(), label, direction, cells,
                        "Settings differ (" + String.join(" vs ", settings)
                                + "): not like for like, so no best value is marked."));
            }
            else {
                rows.add(new Row("benchmark-" + benchmark.getSlug(), label, direction, markBest(cells, direction),
                        null));
            }
        }
        return rows;
    }

    /** Headline benchmarks lead, then the overall index and human preference, then the rest by name. */
    private static int place(Benchmark benchmark) {
        return benchmark.isHeadline() ? 0 : benchmark.isIndex() ? 1 : benchmark.getRole() != null ? 2 : 3;
    }

    /** The model's score on the benchmark by the one rule: its best independent row, else its best own claim. */
    private static Optional<Score> ownScore(ModelDetails d, Benchmark benchmark) {
        return Optional.ofNullable(d.bestScores().get(benchmark.getSlug()));
    }

    private Cell scoreCell(Score s, Benchmark benchmark) {
        List<String> flags = new ArrayList<>();
        if (s.getShots() != null) {
            flags.add(s.getShots());
        }
        if (s.isUnverified()) {
            flags.add("unverified");
        }
        if (s.isSelfReported()) {
            flags.add("self-reported");
        }
        String text = s.getValue() != null ? formats.score(s.getValue(), benchmark.isPercent()) : s.getValueText();
        return new Cell(text, s.getValue(), List.of(s.getSourceId()), s.getNote(), false, false, null, null, flags);
    }

    /** The benchmarks every selected model has a number for, drawn as grouped bars. */
    private BarChart chart(List<ModelDetails> details, List<Benchmark> benchmarks) {
        List<BarChart.Entry> entries = new ArrayList<>();
        for (Benchmark benchmark : benchmarks) {
            List<Optional<Score>> scores = details.stream().map(d -> ownScore(d, benchmark)).toList();
            if (scores.stream().allMatch(s -> s.isPresent() && s.get().getValue() != null) && benchmark.isPercent()) {
                for (int i = 0; i < details.size(); i++) {
                    Score score = scores.get(i).orElseThrow();
                    entries.add(new BarChart.Entry(benchmark.getName() + " — " + details.get(i).model().getName(),
                            score.getValue(), formats.score(score.getValue(), true), i % 2 == 1));
                }
            }
        }
        if (entries.isEmpty()) {
            return null;
        }
        return BarChart.of("Benchmarks all selected models share", entries.stream()
            .map(e -> e.label() + " " + e.valueText())
            .collect(Collectors.joining("; ")), entries, 100, 760);
    }

    /** Two or three differences worth a link preview: a shared benchmark, the context, the price. */
    private List<String> headlines(List<ModelDetails> details, List<Benchmark> benchmarks) {
        List<String> headlines = new ArrayList<>();
        List<Benchmark> preferred = benchmarks.stream().sorted(Comparator.comparing(b -> !b.isHeadline())).toList();
        for (Benchmark benchmark : preferred) {
            List<Optional<Score>> scores = details.stream().map(d -> ownScore(d, benchmark)).toList();
            boolean likeForLike = scores.stream().map(s -> s.map(Score::getShots).orElse(null)).distinct().count() == 1;
            if (likeForLike && scores.stream().allMatch(s -> s.isPresent() && s.get().getValue() != null)) {
                headlines.add(benchmark.getName() + " " + scores.stream()
                    .map(s -> formats.score(s.get().getValue(), false))
                    .collect(Collectors.joining(" vs ")));
                break;
            }
        }
        if (details.stream().allMatch(d -> d.model().getContextTokens() != null)) {
            headlines.add("context " + details.stream()
                .map(d -> formats.grouped(d.model().getContextTokens()))
                .collect(Collectors.joining(" vs ")) + " tokens");
        }
        Map<String, String> levels = new LinkedHashMap<>();
        details.forEach(d -> levels.put(d.model().getName(), d.model().getOpennessLevel().getLabel().toLowerCase()));
        if (levels.values().stream().distinct().count() > 1) {
            headlines.add(levels.values().stream().collect(Collectors.joining(" vs ")));
        }
        return headlines.stream().limit(3).toList();
    }

    private static List<String> headlineSource(LanguageModel m, String field, Double value) {
        return m.headlineClaim(field, value).map(c -> List.of(c.getSourceId())).orElse(List.of());
    }

    private static List<String> sourcesOf(List<Claim> claims) {
        return claims.stream().map(Claim::getSourceId).distinct().limit(3).toList();
    }
}
