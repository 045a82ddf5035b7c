package com.llmcompare.models;

import com.llmcompare.core.model.LanguageModel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.util.function.SingletonSupplier;

import com.llmcompare.core.benchmark.Benchmark;
import com.llmcompare.core.benchmark.BestScore;
import com.llmcompare.core.benchmark.Score;
import com.llmcompare.core.openness.OpennessLevel;
import com.llmcompare.core.openness.DeveloperTransparency;
import com.llmcompare.core.openness.DeveloperTransparencyRepository;
import com.llmcompare.core.calendar.Today;
import com.llmcompare.core.price.Offers;
import com.llmcompare.core.price.Price;
import com.llmcompare.core.price.TokenMix;
import com.llmcompare.core.snapshot.DataSnapshot;
import com.llmcompare.web.NotFoundException;
import com.llmcompare.web.SlugSuggester;

/** Reads the catalogue of models: filtered and sorted rows, and everything about one model. */
@Service
public class ModelCatalogue {

    private final Today today;

    private final DeveloperTransparencyRepository transparency;

    /** Model names by slug, read once: the data set does not change while the site runs. */
    private final SingletonSupplier<Map<String, String>> names;

    private final DataSnapshot snapshot;

    ModelCatalogue(Today today, DeveloperTransparencyRepository transparency, DataSnapshot snapshot) {
        this.snapshot = snapshot;
        this.transparency = transparency;
        this.today = today;
        this.names = SingletonSupplier.of(() -> Collections.unmodifiableMap(snapshot.models()
            .stream()
            .collect(Collectors.toMap(LanguageModel::getSlug, LanguageModel::getName))));
    }

    /** The vendor's Foundation Model Transparency Index scores, newest edition first (empty: not rated). */
    public List<DeveloperTransparency> transparency(String vendorSlug) {
        return vendorSlug == null ? List.of() : transparency.findByVendorSlugOrderByEditionDesc(vendorSlug);
    }

    /** "Today" for current and stale prices and lifecycles. */
    public LocalDate today() {
        return today.date();
    }

    public List<CatalogueRow> rows(CatalogueQuery query) {
        List<LanguageModel> models = snapshot.models();
        Map<String, Offers> offers = snapshot.offers(today());
        Comparator<CatalogueRow> order = comparator(query.sort());
        if (query.descending()) {
            order = order.reversed();
        }
        Map<String, Score> quality = quality();
        return models.stream()
            .filter(model -> matchesOtherFilters(model, query, offers))
            .filter(model -> query.minScore() == null || (model.getOpennessScore().value() != null
                    && model.getOpennessScore().value() >= query.minScore()))
            .map(model -> CatalogueRow.of(model, offers.get(model.getSlug()), snapshot.prices(model.getSlug()),
                    query.mix(), quality.get(model.getSlug())))
            .sorted(nullsLast(order, query))
            .toList();
    }

    /**
     * How many models a minimum score left out because their audit has too little evidence for a score
     * (fewer than half of its criteria assessed), among those the other filters keep; 0 without {@code minScore}.
     */
    public int leftOutForLittleEvidence(CatalogueQuery query) {
        if (query.minScore() == null) {
            return 0;
        }
        List<LanguageModel> models = snapshot.models();
        Map<String, Offers> offers = snapshot.offers(today());
        return (int) models.stream()
            .filter(model -> matchesOtherFilters(model, query, offers))
            .filter(model -> model.getOpennessScore().tooLittleEvidence())
            .count();
    }

    /** Every filter but the minimum score. */
    private static boolean matchesOtherFilters(LanguageModel model, CatalogueQuery query, Map<String, Offers> offers) {
        return query.includes(offers.get(model.getSlug()).lifecycle())
                && (query.openness() == null || model.getOpennessLevel() == query.openness())
                && (query.license() == null || model.getLicense().getSlug().equals(query.license()))
                && (query.vendor() == null || model.getVendor().getSlug().equals(query.vendor()))
                && (query.q() == null || matches(model, query.q()))
                && (query.year() == null || query.year().equals(model.getReleaseYear()));
    }

    /** Missing values sort last whichever the direction. */
    private static Comparator<CatalogueRow> nullsLast(Comparator<CatalogueRow> order, CatalogueQuery query) {
        Function<CatalogueRow, Boolean> missing = row -> switch (query.sort()) {
            case PARAMETERS -> row.model().getParameterCount() == null;
            case CONTEXT -> row.model().getContextTokens() == null;
            case PRICE -> row.cheapestPrice() == null;
            case BLENDED -> row.blendedPrice() == null;
            case QUALITY -> row.quality() == null;
            case RELEASE -> row.model().getReleaseDate() == null;
            // a model with too little evidence for a score comes after every audited model
            case OPENNESS -> row.model().getOpennessScore().value() == null;
            default -> false;
        };
        return Comparator.comparing(missing).thenComparing(order);
    }

    private static Comparator<CatalogueRow> comparator(CatalogueQuery.Sort sort) {
        Comparator<CatalogueRow> byName = Comparator.comparing(row -> row.model().getName().toLowerCase(Locale.ROOT));
        Comparator<CatalogueRow> primary = switch (sort) {
            case NAME -> byName;
            case VENDOR -> Comparator.comparing(row -> row.model().getVendor().getName());
            case RELEASE -> Comparator.comparing(row -> orEmpty(row.model().getReleaseDate()));
            case PARAMETERS -> Comparator.comparing(row -> orZero(row.model().getParameterCount()));
            case CONTEXT -> Comparator.comparing(row -> orZero(row.model().getContextTokens()));
            case PRICE -> Comparator.comparing(
                    row -> row.cheapestPrice() == null ? BigDecimal.ZERO : row.cheapestPrice().getInputPerMillion());
            case BLENDED -> Comparator.comparing(row -> row.blendedPrice() == null ? BigDecimal.ZERO : row.blendedPrice());
            // best first, as a reader of a quality column expects
            case QUALITY -> Comparator.comparingDouble(
                    (CatalogueRow row) -> row.quality() == null ? 0 : -row.quality().getValue());
            // the level first (open source, open weights, closed), then the audit's score, higher first;
            // models with too little evidence for a score come after all the others (nullsLast)
            case OPENNESS -> Comparator.comparing((CatalogueRow row) -> row.getOpenness().ordinal())
                .thenComparing(row -> -orMinusOne(row.model().getOpennessScore().value()));
        };
        return primary.thenComparing(byName);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static double orMinusOne(Double value) {
        return value == null ? -1 : value;
    }

    private static double orZero(Number value) {
        return value == null ? 0 : value.doubleValue();
    }

    private static boolean matches(LanguageModel model, String q) {
        String needle = q.toLowerCase(Locale.ROOT);
        return model.getName().toLowerCase(Locale.ROOT).contains(needle) || model.getSlug().contains(needle)
                || (model.getFamily() != null && model.getFamily().toLowerCase(Locale.ROOT).contains(needle))
                || model.getVendor().getName().toLowerCase(Locale.ROOT).contains(needle);
    }

    /** One page of the catalogue's rows. */
    public CataloguePage page(CatalogueQuery query) {
        return CataloguePage.of(rows(query), query.page(), CatalogueQuery.PAGE_SIZE);
    }

    /** The slugs of the models that can still be used today (available or deprecated, not retired). */
    public Set<String> availableSlugs() {
        LocalDate day = today();
        return snapshot.models()
            .stream()
            .filter(model -> !model.lifecycleOn(day).isRetired())
            .map(LanguageModel::getSlug)
            .collect(Collectors.toUnmodifiableSet());
    }

    /** Every model's offers today ({@link Offers}), by slug. */
    public Map<String, Offers> offers() {
        return snapshot.offers(today());
    }

    public ModelDetails details(String slug) {
        LanguageModel model = find(slug);
        List<Score> modelScores = snapshot.scoresOfModel(slug);
        List<Price> modelPrices = snapshot.prices(slug);
        Optional<LanguageModel> base = Optional.ofNullable(model.getBaseModelSlug()).flatMap(snapshot::model);
        List<LanguageModel> variants = snapshot.models().stream().filter(m -> slug.equals(m.getBaseModelSlug())).toList();
        return new ModelDetails(model, modelScores, modelPrices, base.orElse(null), variants,
                snapshot.offers(today()).get(slug));
    }

    public LanguageModel find(String slug) {
        return snapshot.model(slug)
            .orElseThrow(() -> new NotFoundException("model", slug, SlugSuggester.closest(slug, slugs())));
    }

    public List<String> slugs() {
        return names().keySet().stream().sorted().toList();
    }

    /** Model names by slug. */
    public Map<String, String> names() {
        return names.obtain();
    }

    public List<LanguageModel> all() {
        return snapshot.models();
    }

    /** Each model's shown score on the capabilities index (the catalogue's quality column), by slug. */
    private Map<String, Score> quality() {
        return snapshot.benchmarks().stream()
            .filter(Benchmark::isIndex)
            .findFirst()
            .map(index -> BestScore.ranking(snapshot.scoresOfBenchmark(index.getSlug()))
                .stream()
                .filter(s -> s.getValue() != null)
                .collect(Collectors.toMap(s -> s.getModel().getSlug(), Function.identity())))
            .orElse(Map.of());
    }

    /** The model's place on each headline benchmark it has a score on, from the one ranking rule. */
    List<ModelVerdict.Rank> ranks(String slug) {
        List<ModelVerdict.Rank> ranks = new ArrayList<>();
        for (Benchmark benchmark : snapshot.benchmarks()) {
            if (!benchmark.isHeadline() && !benchmark.isIndex()) {
                continue;
            }
            List<Score> ranking = BestScore.ranking(snapshot.scoresOfBenchmark(benchmark.getSlug()))
                .stream()
                .filter(s -> s.getValue() != null)
                .toList();
            for (int i = 0; i < ranking.size(); i++) {
                if (ranking.get(i).getModel().getSlug().equals(slug)) {
                    ranks.add(new ModelVerdict.Rank(benchmark, ranking.get(i), i + 1, ranking.size()));
                }
            }
        }
        return ranks;
    }

    /**
     * The models to compare this one with: the three available models nearest to it on the overall index,
     * then the cheapest available open-weights model at the default mix (when it is not one of them). A model
     * without an index score gets only the open-weights one.
     */
    public List<String> peers(String slug) {
        Map<String, Offers> offers = snapshot.offers(today());
        Predicate<LanguageModel> buyable = m -> !m.getSlug().equals(slug) && offers.containsKey(m.getSlug())
                && offers.get(m.getSlug()).lifecycle().isAvailable()
                && offers.get(m.getSlug()).cheapestAt(TokenMix.DEFAULT).isPresent();
        List<String> peers = new ArrayList<>();
        snapshot.benchmarks().stream().filter(Benchmark::isIndex).findFirst().ifPresent(index -> {
            List<Score> ranking = BestScore.ranking(snapshot.scoresOfBenchmark(index.getSlug()))
                .stream()
                .filter(s -> s.getValue() != null)
                .toList();
            ranking.stream().filter(s -> s.getModel().getSlug().equals(slug)).findFirst().ifPresent(own ->
                ranking.stream()
                    .filter(s -> buyable.test(s.getModel()))
                    .sorted(Comparator.comparingDouble((Score s) -> Math.abs(s.getValue() - own.getValue()))
                        .thenComparing(s -> s.getModel().getSlug()))
                    .limit(3)
                    .forEach(s -> peers.add(s.getModel().getSlug())));
        });
        snapshot.models().stream()
            .filter(m -> m.getOpennessLevel() != OpennessLevel.CLOSED && buyable.test(m))
            .min(Comparator.comparing((LanguageModel m) -> TokenMix.DEFAULT
                .perMillion(offers.get(m.getSlug()).cheapestAt(TokenMix.DEFAULT).orElseThrow())
                .orElseThrow()).thenComparing(LanguageModel::getSlug))
            .filter(m -> !peers.contains(m.getSlug()))
            .ifPresent(m -> peers.add(m.getSlug()));
        return peers;
    }
}
