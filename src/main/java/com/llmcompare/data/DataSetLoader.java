package com.llmcompare.data;

import com.llmcompare.core.dataset.DataFiles;

import com.llmcompare.core.dataset.DataSetInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;


import com.llmcompare.core.benchmark.Benchmark;
import com.llmcompare.core.benchmark.Score;
import com.llmcompare.core.cost.CostClaim;
import com.llmcompare.core.cost.Gpu;
import com.llmcompare.core.cost.GpuPrice;
import com.llmcompare.core.cost.HostingDefaults;
import com.llmcompare.core.cost.ModelArchitecture;
import com.llmcompare.core.cost.ThroughputRun;
import com.llmcompare.core.cost.TokenizerFamily;
import com.llmcompare.core.cost.ReasoningMeasurement;
import com.llmcompare.core.dataset.DataFiles.AssumptionFile;
import com.llmcompare.core.dataset.DataFiles.ClaimFile;
import com.llmcompare.core.dataset.DataFiles.CostClaimFile;
import com.llmcompare.core.dataset.DataFiles.ModelFile;
import com.llmcompare.core.model.Claim;
import com.llmcompare.core.model.LanguageModel;
import com.llmcompare.core.model.License;
import com.llmcompare.core.model.ModelFactory;
import com.llmcompare.core.model.Vendor;
import com.llmcompare.core.openness.AuditCriteria;
import com.llmcompare.core.openness.DeveloperTransparency;
import com.llmcompare.core.openness.AuditEntry;
import com.llmcompare.core.openness.OpennessAudit;
import com.llmcompare.core.openness.ClaimCheck;
import com.llmcompare.core.openness.HybridApproach;
import com.llmcompare.core.openness.TradeOff;
import com.llmcompare.core.openness.TradeOffItem;
import com.llmcompare.core.price.Price;
import com.llmcompare.core.price.PriceTier;
import com.llmcompare.core.source.Source;

import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;

/**
 * Loads {@code data/} into the database at start-up, before the web server opens: reads and
 * validates every file, then writes the whole data set in one transaction. Any problem stops
 * start-up, so the site never runs on half a data set.
 */
@Component
class DataSetLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DataSetLoader.class);

    private final DataSetProperties properties;

    private final EntityManager entityManager;

    /**
     * The whole load runs on its own thread from the moment the loader exists: reading and checking
     * the files needs no database, and the write then waits only for JPA, which boots in the
     * background too. The web layer is built meanwhile; the site opens once the load is done.
     */
    private final FutureTask<DataSet> loading;

    DataSetLoader(DataSetProperties properties, Validator validator, TransactionTemplate transaction,
            EntityManager entityManager) {
        this.properties = properties;
        this.entityManager = entityManager;
        this.loading = new FutureTask<>(() -> {
            DataSet data = new DataSetReader(validator).read(properties.dataDir());
            new DataSetValidator().validate(data);
            transaction.executeWithoutResult(status -> write(data));
            return data;
        });
        Thread loader = new Thread(loading, "data-set-loader");
        loader.setDaemon(true);
        loader.start();
    }

    @Override
    public void afterSingletonsInstantiated() {
        DataSet data = awaitLoading();
        log.info("Loaded data set {} from {}: {} models, {} scores, {} prices, {} hosting profiles, {} sources",
                data.version(), properties.dataDir().toAbsolutePath(), data.models().size(), data.scores().size(),
                data.prices().size(), data.hosting().size(), data.sources().size());
    }

    private DataSet awaitLoading() {
        try {
            return loading.get();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the data set", ex);
        }
        catch (ExecutionException ex) {
            // A bad file reaches start-up as the DataSetException that names it.
            if (ex.getCause() instanceof RuntimeException problem) {
                throw problem;
            }
            throw new IllegalStateException("the data set could not be loaded", ex.getCause());
        }
    }

    /** Every entity is new: persist, not merge, so no row is looked up before it is inserted. */
    private <T> List<T> persist(List<T> entities) {
        entities.forEach(entityManager::persist);
        return entities;
    }

    private void write(DataSet data) {
        persist(data.sources()
            .stream()
            .map(s -> new Source(s.id(), s.kind(), s.title(), s.publisher(), s.date(), s.url(), s.seedFile(), s.note()))
            .toList());
        Map<String, Vendor> vendors = byKey(
                persist(data.vendors().stream().map(v -> new Vendor(v.slug(), v.name(), v.url())).toList()),
                Vendor::getSlug);
        Map<String, License> licenses = byKey(persist(data.licenses()
                .stream()
                .map(l -> new License(l.slug(), l.name(), l.url(), l.osiApproved(), l.commercialUse(), l.conditions(),
                        l.restrictions(), l.source(), claims("keyTerm", l.keyTerms())))
                .toList()),
                License::getSlug);
        Map<String, DataFiles.OpennessAuditFile> audits = data.audits()
            .stream()
            .collect(Collectors.toMap(DataFiles.OpennessAuditFile::model, Function.identity()));
        Map<String, LanguageModel> models = byKey(persist(data.models()
                .stream()
                .map(m -> ModelFactory.create(m, vendors.get(m.vendor()), licenses.get(m.license()), allClaims(m),
                        audit(audits.get(m.slug()))))
                .toList()),
                LanguageModel::getSlug);
        Map<String, Benchmark> benchmarks = byKey(
                persist(data.benchmarks().stream().map(DataSetLoader::benchmark).toList()), Benchmark::getSlug);
        persist(data.scores()
                .stream()
                .map(s -> score(s, models.get(s.model()), benchmarks.get(s.benchmark())))
                .toList());
        Map<String, DataFiles.ProviderFile> providers = data.providers()
            .stream()
            .collect(Collectors.toMap(DataFiles.ProviderFile::name, provider -> provider));
        Map<String, Price> prices = byKey(persist(data.prices()
                .stream()
                .map(p -> price(p, models.get(p.model()), providers.get(p.provider())))
                .toList()),
                Price::getId);
        persist(data.transparency()
                .stream()
                .map(t -> new DeveloperTransparency(t.vendor(), t.developer(), t.edition(), t.score(), t.max(), t.source()))
                .toList());
        persist(data.hosting()
                .stream()
                .map(h -> new HostingDefaults(h.model(), h.gpuType(), assumption(h.gpuMemoryGb()), h.precision(),
                        assumption(h.gpuHourlyUsd()), assumption(h.tokensPerSecondPerGpu()), h.note()))
                .toList());
        persist(data.gpus().stream().map(DataSetLoader::gpu).toList());
        persist(data.architectures()
                .stream()
                .map(a -> new ModelArchitecture(a.model(), a.layers(), a.attention(), a.kvHeads(), a.headDim(),
                        a.kvLoraRank(), a.qkRopeHeadDim(), a.slidingLayers(), a.slidingWindow(), a.experts(),
                        a.expertsPerToken(), a.activeParameters(), a.source(), a.quote(), a.note()))
                .toList());
        List<DataFiles.ThroughputFile> runs = data.throughput();
        persist(IntStream.range(0, runs.size()).mapToObj(i -> throughputRun(i + 1, runs.get(i))).toList());
        persist(data.tokenizers()
                .stream()
                .map(t -> new TokenizerFamily(t.id(), t.name(), new TokenizerFamily.Counting(t.kind(), t.encoding(),
                        t.resource(), t.baseFamily(), t.ratio()), t.source(), t.quote(), t.licence(), t.licenceSource(),
                        t.note(), t.models()))
                .toList());
        List<DataFiles.ReasoningFile> reasoning = data.reasoning();
        persist(IntStream.range(0, reasoning.size()).mapToObj(i -> {
            DataFiles.ReasoningFile r = reasoning.get(i);
            return new ReasoningMeasurement(i + 1, r.model(), new ReasoningMeasurement.Figures(r.setting(), r.effort(),
                    r.thinkingBudget(), r.outputTokensPerTask(), r.promptTokensPerTask(), r.tasks(), r.date()), r.source(),
                    r.entry(), r.quote());
        }).toList());
        List<CostClaimFile> costClaims = data.costClaims();
        for (int i = 0; i < costClaims.size(); i++) {
            CostClaimFile c = costClaims.get(i);
            ClaimFile counterpart = c.counterpart();
            entityManager.persist(new CostClaim(c.id(), i + 1, c.claim(), c.context(), c.source(), c.claimedRatio(),
                        prices.get(c.numeratorPrice()), prices.get(c.denominatorPrice()), c.inputTokensPerRequest(),
                        c.outputTokensPerRequest(), counterpart == null ? null : counterpart.value(),
                        counterpart == null ? null : counterpart.source(),
                        counterpart == null ? null : counterpart.quote(), c.explanation(), c.explanationSources()));
        }
        if (data.tradeOffs().table() != null) {
            persist(data.tradeOffs()
                    .table()
                    .stream()
                    .map(r -> new TradeOff(r.id(), r.position(), r.dimension(), r.open(), r.closed(), r.source(),
                            r.duplicateOf(), r.checks()))
                    .toList());
        }
        if (data.tradeOffs().hybrid() != null) {
            persist(data.tradeOffs()
                    .hybrid()
                    .stream()
                    .map(h -> new HybridApproach(h.id(), h.position(), h.kind(), h.title(), h.text(), h.source()))
                    .toList());
        }
        List<DataFiles.ClaimCheckFile> checks = data.claimChecks();
        persist(IntStream.range(0, checks.size()).mapToObj(i -> claimCheck(checks.get(i), i + 1)).toList());
        if (data.tradeOffs().lists() != null) {
            persist(data.tradeOffs()
                    .lists()
                    .stream()
                    .map(i -> new TradeOffItem(i.id(), i.side(), i.kind(), i.dimension(), i.text(), i.source()))
                    .toList());
        }
        entityManager.persist(new DataSetInfo(data.version(), asOf(data), newest(data.prices().stream()
            .map(DataFiles.PriceFile::lastChecked)), newest(data.scores().stream()
                .map(score -> score.run() == null ? null : score.run().date())), opennessAsOf(data)));
    }

    /** The newest date among the sources and the prices' last checks. */
    static String asOf(DataSet data) {
        return Stream
            .concat(data.sources().stream().map(DataFiles.SourceFile::date),
                    data.prices().stream().map(DataFiles.PriceFile::lastChecked))
            .filter(date -> date != null)
            .max(String::compareTo)
            .orElse(null);
    }

    private static String newest(Stream<String> dates) {
        return dates.filter(date -> date != null).max(String::compareTo).orElse(null);
    }

    /** The newest dated source an openness audit, or a transparency score, rests on. */
    static String opennessAsOf(DataSet data) {
        Map<String, String> dates = data.sources().stream()
            .filter(source -> source.date() != null)
            .collect(Collectors.toMap(DataFiles.SourceFile::id, DataFiles.SourceFile::date));
        return newest(Stream.concat(
                data.audits().stream().flatMap(audit -> Stream.concat(Stream.of(audit.source()),
                        audit.features().values().stream().map(DataFiles.AuditFeatureFile::source))),
                data.transparency().stream().map(DataFiles.TransparencyFile::source))
            .filter(id -> id != null)
            .map(dates::get));
    }

    static final String NO_AUDIT = "No openness audit covers this model yet: none of its criteria is assessed, so its"
            + " openness level rests on the model file's facts (downloadable weights, licence, code, data) alone.";

    /** The audit, its entries in the criteria's order (the validator has checked the keys). */
    private static OpennessAudit audit(DataFiles.OpennessAuditFile file) {
        if (file == null) {
            return new OpennessAudit(AuditCriteria.OSAI_INDEX, NO_AUDIT, null, List.of());
        }
        AuditCriteria criteria = AuditCriteria.ofFile(file.criteria());
        List<AuditEntry> entries = criteria.getFeatures().stream().map(feature -> {
            DataFiles.AuditFeatureFile e = file.features().get(feature.getKey());
            return AuditEntry.of(criteria, feature.getKey(), e.status(), e.reason(), e.source(), e.link());
        }).toList();
        return new OpennessAudit(criteria, file.basis(), file.source(), entries);
    }

    private static ClaimCheck claimCheck(DataFiles.ClaimCheckFile c, int position) {
        return new ClaimCheck(c.id(), position, c.topic(), c.quote(), c.source(), c.finding(), c.verdict(), c.models(),
                c.costRatio() == null ? null : c.costRatio().model(),
                c.costRatio() == null ? null : c.costRatio().versus(),
                c.evidence().stream().map(e -> new ClaimCheck.Evidence(e.source(), e.quote(), e.note())).toList());
    }

    private static List<Claim> allClaims(ModelFile m) {
        List<Claim> all = new ArrayList<>();
        all.addAll(claims("release", m.release().claims()));
        all.addAll(claims("parameters", m.parameters().claims()));
        all.addAll(claims("context", m.context().claims()));
        if (m.trainingTokens() != null) {
            all.addAll(claims("trainingTokens", m.trainingTokens().claims()));
        }
        all.addAll(claims("trainingData", m.trainingData().claims()));
        all.addAll(claims("trainingCode", m.trainingCode().claims()));
        all.addAll(claims("access", m.access().claims()));
        if (m.fineTuning() != null) {
            all.addAll(claims("fineTuning", m.fineTuning().claims()));
        }
        if (m.capabilities() != null) {
            all.addAll(claims("capabilities", m.capabilities().claims()));
        }
        return all;
    }

    private static List<Claim> claims(String field, List<ClaimFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream()
            .map(c -> new Claim(field, c.value(), c.number(), c.low(), c.high(), c.status(), c.source(), c.quote(),
                    c.confidence(), c.origin(), c.note(), c.isUnverified()))
            .toList();
    }

    private static Gpu gpu(DataFiles.GpuFile g) {
        return new Gpu(g.id(), g.name(), g.memoryGb().value(), g.memoryGb().source(), g.memoryGb().quote(),
                g.prices()
                    .stream()
                    .map(p -> new GpuPrice(p.usdPerHour(), p.kind(), p.provider(), p.source(), p.quote(), p.date(),
                            p.note()))
                    .toList());
    }

    private static ThroughputRun throughputRun(int id, DataFiles.ThroughputFile t) {
        return new ThroughputRun(id, t.model(), t.gpu(), new ThroughputRun.Figures(t.gpuCount(), t.parallelism(),
                t.precision(), t.engine(), t.kind(), t.inputTokens(), t.outputTokens(), t.concurrency(),
                t.outputTokensPerSecond(), t.totalTokensPerSecond(), t.ttftMsMedian(), t.ttftMsP99(), t.tpotMsMedian(),
                t.tpotMsP99()), t.source(), t.entry(), t.quote(), t.setting(), t.note());
    }

    private static HostingDefaults.Assumption assumption(AssumptionFile a) {
        return new HostingDefaults.Assumption(a.value(), a.source(), a.quote(), a.confidence(), a.note());
    }

    private static Benchmark benchmark(DataFiles.BenchmarkFile b) {
        DataFiles.DescriptionFile article = b.articleDescription();
        return new Benchmark(b.slug(), b.name(), b.fullName(), b.metric(), b.unit(), b.higherIsBetter(), b.size(),
                b.sizeUnit(), article == null ? null : article.value(), article == null ? null : article.source(),
                article == null ? null : article.quote(), b.officialDescription().value(),
                b.officialDescription().source(), b.officialDescription().quote(), b.note())
            .withRole(b.role(), b.ceiling());
    }

    private static Score score(DataFiles.ScoreFile s, LanguageModel model, Benchmark benchmark) {
        Score score = new Score(model, benchmark, s.value(), s.valueText(), s.shots(), s.setting(), s.reportedBy(),
                Boolean.TRUE.equals(s.selfReported()), s.source(), s.quote(), s.confidence(), s.origin(),
                Boolean.TRUE.equals(s.unverified()), s.note(), s.system());
        DataFiles.RunFile run = s.run();
        if (run != null) {
            score.withRun(run.by(), run.url(), run.date(), run.uncertainty(), run.votes());
        }
        DataFiles.CheckFile check = s.check();
        return check == null ? score
                : score.withCheck(check.value(), check.setting(), check.source(), check.quote(), check.status(),
                        check.note());
    }

    private static <T> Map<String, T> byKey(List<T> saved, Function<T, String> key) {
        return saved.stream().collect(Collectors.toMap(key, Function.identity()));
    }

    /** A price with its provider's closure and batch terms: the batch discount is for standard usage only. */
    private static Price price(DataFiles.PriceFile p, LanguageModel model, DataFiles.ProviderFile provider) {
        List<PriceTier> tiers = p.tiers() == null ? List.of()
                : p.tiers()
                    .stream()
                    .map(t -> new PriceTier(t.above(), t.input(), t.output(), t.cachedInput(), t.cacheWrite(),
                            t.cacheWrite1h()))
                    .toList();
        Price price = new Price(p.id(), model, p.provider(), p.offer(), p.usage(), p.unit(), p.per(), p.input(),
                p.output(), p.cachedInput(), p.validFrom(), p.validUntil(), p.lastChecked(), p.contextTokens(),
                p.sources(), p.quote(), p.confidence(), p.origin(), p.note())
            .withBilling(p.cacheWrite(), p.cacheWrite1h(), p.requestFee(), tiers)
            .withProviderClosed(provider == null ? null : provider.closed());
        DataFiles.BatchFile batch = provider == null ? null : provider.batch();
        if (batch != null && Price.STANDARD.equals(price.getUsage())) {
            price.withBatch(batch.discountPercent(), batch.turnaround(), batch.source());
        }
        return price;
    }
}
