package com.llmcompare.core.snapshot;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hibernate.Hibernate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.llmcompare.core.benchmark.Benchmark;
import com.llmcompare.core.benchmark.BenchmarkRepository;
import com.llmcompare.core.benchmark.Score;
import com.llmcompare.core.benchmark.ScoreRepository;
import com.llmcompare.core.cost.CostClaim;
import com.llmcompare.core.cost.CostClaimRepository;
import com.llmcompare.core.cost.Gpu;
import com.llmcompare.core.cost.GpuRepository;
import com.llmcompare.core.cost.HostingDefaults;
import com.llmcompare.core.cost.HostingDefaultsRepository;
import com.llmcompare.core.cost.ModelArchitecture;
import com.llmcompare.core.cost.ModelArchitectureRepository;
import com.llmcompare.core.cost.ThroughputRun;
import com.llmcompare.core.cost.ThroughputRunRepository;
import com.llmcompare.core.model.LanguageModel;
import com.llmcompare.core.model.LanguageModelRepository;
import com.llmcompare.core.price.Offers;
import com.llmcompare.core.price.Price;
import com.llmcompare.core.price.PriceRepository;

/**
 * The data set in memory, read once from JPA after the loader has written and validated it: the
 * models (with their claims, licence terms and audits), prices, scores, benchmarks and hosting
 * profiles, every association resolved, in the orders the pages use. The data set is read-only while
 * the site runs, so nothing here changes; the current offers of every model are worked out once per
 * day. JPA stays the store the data is loaded into and checked by; answers are computed from this.
 */
@Component
public class DataSnapshot {

    /** Days whose offers are kept (today, and yesterday for requests that straddle midnight). */
    private static final int DAYS_KEPT = 2;

    private final TransactionTemplate readOnly;

    private final LanguageModelRepository modelRepository;

    private final PriceRepository priceRepository;

    private final ScoreRepository scoreRepository;

    private final BenchmarkRepository benchmarkRepository;

    private final HostingDefaultsRepository hostingRepository;

    private final CostClaimRepository costClaimRepository;

    private final SelfHostingRepositories selfHosting;

    /** The repositories of the GPUs, the architectures and the measured runs, which are read together. */
    record SelfHostingRepositories(GpuRepository gpus, ModelArchitectureRepository architectures,
            ThroughputRunRepository runs, com.llmcompare.core.cost.TokenizerFamilyRepository tokenizers,
            com.llmcompare.core.cost.ReasoningMeasurementRepository reasoning) {
    }

    private volatile Loaded loaded;

    private final Map<LocalDate, Map<String, Offers>> offersByDay = new ConcurrentHashMap<>();

    record Loaded(List<LanguageModel> models, Map<String, LanguageModel> bySlug, List<Price> prices,
            Map<String, List<Price>> pricesByModel, List<Score> scores, Map<String, List<Score>> scoresByModel,
            Map<String, List<Score>> scoresByBenchmark, List<Benchmark> benchmarks,
            Map<String, HostingDefaults> hosting, List<CostClaim> costClaims, List<Gpu> gpus,
            Map<String, Gpu> gpusById, Map<String, ModelArchitecture> architectures,
            Map<String, List<ThroughputRun>> runsByModel, List<com.llmcompare.core.cost.TokenizerFamily> tokenizers,
            Map<String, com.llmcompare.core.cost.TokenizerFamily> tokenizerByModel,
            Map<String, List<com.llmcompare.core.cost.ReasoningMeasurement>> reasoningByModel) {
    }

    DataSnapshot(PlatformTransactionManager transactions, LanguageModelRepository models, PriceRepository prices,
            ScoreRepository scores, BenchmarkRepository benchmarks, HostingDefaultsRepository hosting,
            CostClaimRepository costClaims, GpuRepository gpus, ModelArchitectureRepository architectures,
            ThroughputRunRepository runs, com.llmcompare.core.cost.TokenizerFamilyRepository tokenizers,
            com.llmcompare.core.cost.ReasoningMeasurementRepository reasoning) {
        this.costClaimRepository = costClaims;
        this.selfHosting = new SelfHostingRepositories(gpus, architectures, runs, tokenizers, reasoning);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.modelRepository = models;
        this.priceRepository = prices;
        this.scoreRepository = scores;
        this.benchmarkRepository = benchmarks;
        this.hostingRepository = hosting;
    }

    private Loaded loaded() {
        Loaded current = loaded;
        if (current == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = readOnly.execute(status -> load());
                }
                current = loaded;
            }
        }
        return current;
    }

    private Loaded load() {
        List<LanguageModel> models = List.copyOf(modelRepository.findAllByOrderByNameAsc());
        for (LanguageModel model : models) {
            Hibernate.initialize(model.getClaims());
            Hibernate.initialize(model.getExtendedContexts());
            Hibernate.initialize(model.getLicense().getKeyTerms());
        }
        List<Benchmark> benchmarks = List.copyOf(benchmarkRepository.findAllByOrderByNameAsc());
        List<Price> prices = List.copyOf(priceRepository.findAllByOrderByValidFromDesc());
        prices.forEach(price -> {
            Hibernate.initialize(price.getSourceIds());
            Hibernate.initialize(price.getTiers());
        });
        List<Score> scores = List.copyOf(scoreRepository.findAllByOrderByBenchmarkNameAscValueDesc());
        List<Gpu> gpus = List.copyOf(selfHosting.gpus().findAllByOrderByNameAsc());
        List<com.llmcompare.core.cost.TokenizerFamily> tokenizers = List.copyOf(selfHosting.tokenizers().findAllByOrderByNameAsc());
        tokenizers.forEach(t -> Hibernate.initialize(t.getModels()));
        gpus.forEach(gpu -> Hibernate.initialize(gpu.getPrices()));
        Map<String, LanguageModel> bySlug = models.stream()
            .collect(Collectors.toUnmodifiableMap(LanguageModel::getSlug, Function.identity()));
        return new Loaded(models, bySlug, prices, group(prices, price -> price.getModel().getSlug()), scores,
                group(scores, score -> score.getModel().getSlug()), group(scores, score -> score.getBenchmark().getSlug()),
                benchmarks, hostingRepository.findAll().stream()
                    .collect(Collectors.toUnmodifiableMap(HostingDefaults::getModelSlug, Function.identity())),
                // loaded after the prices, so their prices are the same (initialised) instances
                List.copyOf(costClaimRepository.findAllByOrderByPositionAsc()), gpus,
                gpus.stream().collect(Collectors.toUnmodifiableMap(Gpu::getId, Function.identity())),
                selfHosting.architectures().findAll().stream()
                    .collect(Collectors.toUnmodifiableMap(ModelArchitecture::getModelSlug, Function.identity())),
                group(selfHosting.runs().findAllByOrderByIdAsc(), ThroughputRun::getModelSlug), tokenizers,
                tokenizers.stream()
                    .flatMap(t -> t.getModels().stream().map(slug -> Map.entry(slug, t)))
                    .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue)),
                group(selfHosting.reasoning().findAllByOrderByIdAsc(),
                        com.llmcompare.core.cost.ReasoningMeasurement::getModelSlug));
    }

    private static <T> Map<String, List<T>> group(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.collectingAndThen(Collectors.groupingBy(key, Collectors.toList()),
                map -> map.entrySet().stream()
                    .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())))));
    }

    /** Every model, by name. */
    public List<LanguageModel> models() {
        return loaded().models();
    }

    public Optional<LanguageModel> model(String slug) {
        return Optional.ofNullable(loaded().bySlug().get(slug));
    }

    /** Every price, the newest first. */
    public List<Price> prices() {
        return loaded().prices();
    }

    /** One model's prices, the newest first. */
    public List<Price> prices(String slug) {
        return loaded().pricesByModel().getOrDefault(slug, List.of());
    }

    /** The prices of the models named, the newest first. */
    public List<Price> prices(Collection<String> slugs) {
        return slugs.stream().distinct().flatMap(slug -> prices(slug).stream())
            .sorted(Comparator.comparing(Price::getValidFrom).reversed().thenComparing(Price::getId))
            .toList();
    }

    /** Every score, by benchmark name, the highest value first. */
    public List<Score> scores() {
        return loaded().scores();
    }

    /** One model's scores, by benchmark name. */
    public List<Score> scoresOfModel(String slug) {
        return loaded().scoresByModel().getOrDefault(slug, List.of());
    }

    /** One benchmark's scores, the highest value first. */
    public List<Score> scoresOfBenchmark(String slug) {
        return loaded().scoresByBenchmark().getOrDefault(slug, List.of());
    }

    /** Every benchmark, by name. */
    public List<Benchmark> benchmarks() {
        return loaded().benchmarks();
    }

    public Optional<HostingDefaults> hosting(String slug) {
        return Optional.ofNullable(loaded().hosting().get(slug));
    }

    /** Every GPU the calculator can self-host on, by name. */
    public List<Gpu> gpus() {
        return loaded().gpus();
    }

    /** Every GPU by its id. */
    public Map<String, Gpu> gpusById() {
        return loaded().gpusById();
    }

    /** The numbers a model's KV cache is sized from, where its configuration is in the data set. */
    public Optional<ModelArchitecture> architecture(String slug) {
        return Optional.ofNullable(loaded().architectures().get(slug));
    }

    /** A model's measured runs on GPUs, in the file's order. */
    public List<ThroughputRun> runs(String slug) {
        return loaded().runsByModel().getOrDefault(slug, List.of());
    }

    /** A model's measured output tokens per task, by setting, in the file's order. */
    public List<com.llmcompare.core.cost.ReasoningMeasurement> reasoning(String slug) {
        return loaded().reasoningByModel().getOrDefault(slug, List.of());
    }

    /** Every tokenizer family, by name. */
    public List<com.llmcompare.core.cost.TokenizerFamily> tokenizers() {
        return loaded().tokenizers();
    }

    /** The tokenizer a model counts its tokens with, where the data set knows it. */
    public Optional<com.llmcompare.core.cost.TokenizerFamily> tokenizerOf(String slug) {
        return Optional.ofNullable(loaded().tokenizerByModel().get(slug));
    }

    /** The articles' cost claims, in their order, with the prices they are checked against. */
    public List<CostClaim> costClaims() {
        return loaded().costClaims();
    }

    /** Every model's offers on the day, worked out once for that day by the one rule ({@link Offers}). */
    public Map<String, Offers> offers(LocalDate day) {
        Map<String, Offers> offers = offersByDay.get(day);
        if (offers == null) {
            offers = java.util.Collections.unmodifiableMap(Offers.byModel(models(), prices(), day));
            if (offersByDay.size() >= DAYS_KEPT) {
                offersByDay.keySet().removeIf(kept -> !kept.equals(day));
            }
            offersByDay.put(day, offers);
        }
        return offers;
    }
}
