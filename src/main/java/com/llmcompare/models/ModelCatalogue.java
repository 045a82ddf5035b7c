package com.llmcompare.models;

import com.llmcompare.core.model.LanguageModel;
import com.llmcompare.core.model.LanguageModelRepository;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hibernate.Hibernate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

import com.llmcompare.core.benchmark.Score;
import com.llmcompare.core.benchmark.ScoreRepository;
import com.llmcompare.core.price.CurrentPrices;
import com.llmcompare.core.price.Price;
import com.llmcompare.core.price.PriceRepository;
import com.llmcompare.web.NotFoundException;
import com.llmcompare.web.SlugSuggester;

/** Reads the catalogue of models: filtered and sorted rows, and everything about one model. */
@Service
@Transactional(readOnly = true)
public class ModelCatalogue {

    private final LanguageModelRepository models;

    private final PriceRepository prices;

    private final ScoreRepository scores;

    private final Clock clock;

    /** Model names by slug, read once: the data set does not change while the site runs. */
    private final SingletonSupplier<Map<String, String>> names;

    ModelCatalogue(LanguageModelRepository models, PriceRepository prices, ScoreRepository scores,
            ObjectProvider<Clock> clock) {
        this.models = models;
        this.prices = prices;
        this.scores = scores;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.names = SingletonSupplier.of(() -> Collections.unmodifiableMap(models.findAll()
            .stream()
            .collect(Collectors.toMap(LanguageModel::getSlug, LanguageModel::getName))));
    }

    /** "Today" for current and stale prices: from the injectable clock, so tests can fix it. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<CatalogueRow> rows(CatalogueQuery query) {
        List<Price> all = prices.findAllByOrderByValidFromDesc();
        Map<String, Price> cheapest = cheapest(all);
        Comparator<CatalogueRow> order = comparator(query.sort());
        if (query.descending()) {
            order = order.reversed();
        }
        return models.findAllByOrderByNameAsc()
            .stream()
            .filter(model -> query.openness() == null || model.getOpennessLevel() == query.openness())
            .filter(model -> query.license() == null || model.getLicense().getSlug().equals(query.license()))
            .filter(model -> query.vendor() == null || model.getVendor().getSlug().equals(query.vendor()))
            .filter(model -> query.q() == null || matches(model, query.q()))
            .filter(model -> query.minScore() == null || (model.getOpennessScore().value() != null
                    && model.getOpennessScore().value() >= query.minScore()))
            .filter(model -> query.year() == null || query.year().equals(model.getReleaseYear()))
            .map(model -> new CatalogueRow(model, cheapest.get(model.getSlug()),
                    previous(cheapest.get(model.getSlug()), all)))
            .sorted(nullsLast(order, query))
            .toList();
    }

    /** Missing values sort last whichever the direction. */
    private static Comparator<CatalogueRow> nullsLast(Comparator<CatalogueRow> order, CatalogueQuery query) {
        Function<CatalogueRow, Boolean> missing = row -> switch (query.sort()) {
            case PARAMETERS -> row.model().getParameterCount() == null;
            case CONTEXT -> row.model().getContextTokens() == null;
            case PRICE -> row.cheapestPrice() == null;
            case RELEASE -> row.model().getReleaseDate() == null;
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
            // the level first (open source, open weights, closed), then the audit's score, higher first
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

    /** Per model, its cheapest current per-token price by input price per 1M tokens. */
    public Map<String, Price> cheapestCurrentPrices() {
        return cheapest(prices.findAllByOrderByValidFromDesc());
    }

    private Map<String, Price> cheapest(List<Price> all) {
        return CurrentPrices.on(all, today())
            .stream()
            .filter(Price::isPerToken)
            .collect(Collectors.toMap(price -> price.getModel().getSlug(), Function.identity(),
                    (a, b) -> a.getInputPerMillion().compareTo(b.getInputPerMillion()) <= 0 ? a : b));
    }

    /** The price a current one replaced: same model and provider, ending the day it began. */
    private static Price previous(Price current, List<Price> all) {
        if (current == null) {
            return null;
        }
        return all.stream()
            .filter(p -> p != current && p.isPerToken())
            .filter(p -> p.getModel().getSlug().equals(current.getModel().getSlug()))
            .filter(p -> p.getProvider().equals(current.getProvider()) && p.getOffer().equals(current.getOffer()))
            .filter(p -> current.getValidFrom().equals(p.getValidUntil()))
            .findFirst()
            .orElse(null);
    }

    public ModelDetails details(String slug) {
        LanguageModel model = find(slug);
        Hibernate.initialize(model.getLicense().getKeyTerms());
        List<Score> modelScores = scores.findByModel_SlugOrderByBenchmark_NameAsc(slug);
        List<Price> modelPrices = prices.findByModel_SlugOrderByValidFromDesc(slug);
        Optional<LanguageModel> base = Optional.ofNullable(model.getBaseModelSlug()).flatMap(models::findById);
        List<LanguageModel> variants = models.findByBaseModelSlug(slug);
        Set<String> current = CurrentPrices.on(modelPrices, today())
            .stream()
            .map(Price::getId)
            .collect(Collectors.toSet());
        return new ModelDetails(model, modelScores, modelPrices, base.orElse(null), variants, current);
    }

    public LanguageModel find(String slug) {
        return models.findWithClaimsBySlug(slug)
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
        return models.findAllByOrderByNameAsc();
    }
}
