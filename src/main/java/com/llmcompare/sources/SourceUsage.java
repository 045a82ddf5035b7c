package com.llmcompare.sources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.llmcompare.core.benchmark.Benchmark;
import com.llmcompare.core.benchmark.BenchmarkRepository;
import com.llmcompare.core.benchmark.Score;
import com.llmcompare.core.benchmark.ScoreRepository;
import com.llmcompare.core.cost.CostClaim;
import com.llmcompare.core.cost.CostClaimRepository;
import com.llmcompare.core.cost.HostingDefaults;
import com.llmcompare.core.cost.HostingDefaultsRepository;
import com.llmcompare.core.model.LanguageModel;
import com.llmcompare.core.model.LanguageModelRepository;
import com.llmcompare.core.model.License;
import com.llmcompare.core.model.LicenseRepository;
import com.llmcompare.core.openness.ClaimCheckRepository;
import com.llmcompare.core.openness.HybridApproachRepository;
import com.llmcompare.core.openness.TradeOffItemRepository;
import com.llmcompare.core.openness.TradeOffRepository;
import com.llmcompare.core.price.Price;
import com.llmcompare.core.price.PriceRepository;

/** Finds, for every source, the facts in the data set that cite it. */
@Service
@Transactional(readOnly = true)
public class SourceUsage {

    /** A fact citing a source: what it says, and where it is shown. */
    public record CitingFact(String label, String url) {
    }

    private final LanguageModelRepository models;

    private final LicenseRepository licenses;

    private final BenchmarkRepository benchmarks;

    private final ScoreRepository scores;

    private final PriceRepository prices;

    private final TradeOffRepository tradeOffs;

    private final TradeOffItemRepository tradeOffItems;

    private final HostingDefaultsRepository hosting;

    private final CostClaimRepository costClaims;

    private final HybridApproachRepository hybrid;

    private final ClaimCheckRepository claimChecks;

    private final com.llmcompare.core.snapshot.DataSnapshot snapshot;

    SourceUsage(LanguageModelRepository models, LicenseRepository licenses, BenchmarkRepository benchmarks,
            ScoreRepository scores, PriceRepository prices, TradeOffRepository tradeOffs,
            TradeOffItemRepository tradeOffItems, HostingDefaultsRepository hosting, CostClaimRepository costClaims,
            HybridApproachRepository hybrid, ClaimCheckRepository claimChecks,
            com.llmcompare.core.snapshot.DataSnapshot snapshot) {
        this.snapshot = snapshot;
        this.models = models;
        this.licenses = licenses;
        this.benchmarks = benchmarks;
        this.scores = scores;
        this.prices = prices;
        this.tradeOffs = tradeOffs;
        this.tradeOffItems = tradeOffItems;
        this.hosting = hosting;
        this.costClaims = costClaims;
        this.hybrid = hybrid;
        this.claimChecks = claimChecks;
    }

    public Map<String, List<CitingFact>> factsBySource() {
        Map<String, List<CitingFact>> facts = new LinkedHashMap<>();
        for (LanguageModel model : models.findAllByOrderByNameAsc()) {
            String url = "/models/" + model.getSlug();
            model.getClaims()
                .forEach(claim -> add(facts, claim.getSourceId(),
                        model.getName() + " — " + claim.getField() + ": " + claim.getValueText(), url));
            model.getExtendedContexts()
                .forEach(ext -> add(facts, ext.getSourceId(),
                        model.getName() + " — extended context: " + ext.getTokens() + " tokens", url));
            add(facts, model.getLifecycleSourceId(), model.getName() + " — lifecycle: " + model.getLifecycleStatus(),
                    url);
            add(facts, model.getCapabilitiesSourceId(), model.getName() + " — capabilities", url);
            add(facts, model.getTokenizerSourceId(),
                    model.getName() + " — tokenizer multiplier " + model.getTokenizerMultiplier(), url);
            model.getOpennessAudit()
                .getEntries()
                .forEach(entry -> add(facts, entry.getSourceId(), model.getName() + " — openness audit, "
                        + entry.getFeature().getLabel() + ": " + entry.getStatus().getLabel(), url + "#openness"));
        }
        for (License license : licenses.findAll()) {
            add(facts, license.getSourceId(), "Licence: " + license.getName(), null);
            license.getKeyTerms()
                .forEach(term -> add(facts, term.getSourceId(),
                        "Licence " + license.getName() + " — " + term.getValueText(), null));
        }
        for (Benchmark benchmark : benchmarks.findAll()) {
            String url = "/benchmarks/" + benchmark.getSlug();
            add(facts, benchmark.getArticleSourceId(), benchmark.getName() + " — description in the article", url);
            add(facts, benchmark.getOfficialSourceId(), benchmark.getName() + " — official description", url);
        }
        for (Score score : scores.findAllByOrderByBenchmarkNameAscValueDesc()) {
            String label = score.getModel().getName() + " — " + score.getBenchmark().getName() + " "
                    + (score.getValue() != null ? score.getValue() : score.getValueText())
                    + (score.getSystemName() != null ? " (" + score.getSystemName() + ")" : "");
            String url = "/models/" + score.getModel().getSlug() + "#scores";
            add(facts, score.getSourceId(), label, url);
            add(facts, score.getCheckSourceId(), label + " (check)", url);
        }
        for (Price price : prices.findAllByOrderByValidFromDesc()) {
            String label = price.getModel().getName() + " — price at " + price.getProvider() + " (" + price.getOffer()
                    + ")";
            price.getSourceIds()
                .forEach(id -> add(facts, id, label, "/models/" + price.getModel().getSlug() + "#prices"));
        }
        tradeOffs.findAll()
            .forEach(row -> add(facts, row.getSourceId(), "Open vs closed: " + row.getDimension(), "/open-vs-closed"));
        tradeOffItems.findAll()
            .forEach(item -> add(facts, item.getSourceId(),
                    "Open vs closed: " + item.getSide() + " " + item.getKind() + " — " + item.getDimension(),
                    "/open-vs-closed"));
        for (HostingDefaults profile : hosting.findAll()) {
            String label = "Hosting " + profile.getModelSlug() + " on " + profile.getGpuType();
            String url = "/cost?models=" + profile.getModelSlug();
            add(facts, profile.getGpuMemoryGb().sourceId(), label + " — GPU memory", url);
            add(facts, profile.getGpuHourlyUsd().sourceId(), label + " — $ per GPU-hour (assumption)", url);
            add(facts, profile.getTokensPerSecondPerGpu().sourceId(), label + " — tokens/s per GPU (assumption)", url);
        }
        selfHostingFacts(facts);
        for (CostClaim claim : costClaims.findAllByOrderByPositionAsc()) {
            String label = "Cost claim: " + claim.getClaim();
            add(facts, claim.getSourceId(), label, "/cost#" + claim.getId());
            add(facts, claim.getCounterpartSourceId(), label + " (traced to)", "/cost#" + claim.getId());
            claim.getExplanationSourceIds()
                .forEach(id -> add(facts, id, label + " (why the data differs)", "/cost#" + claim.getId()));
        }
        hybrid.findAllByOrderByPositionAsc()
            .forEach(item -> add(facts, item.getSourceId(), "Open vs closed: hybrid approaches — " + item.getTitle(),
                    "/open-vs-closed#" + item.getId()));
        claimChecks.findAllByOrderByPositionAsc().forEach(claim -> {
            String url = "/open-vs-closed#claim-" + claim.getId();
            add(facts, claim.getSourceId(), "Claim checked (" + claim.getTopic() + "): " + claim.getVerdict().getLabel(),
                    url);
            claim.getEvidence()
                .forEach(evidence -> add(facts, evidence.getSourceId(),
                        "Evidence for a claim checked (" + claim.getTopic() + ")", url));
        });
        return facts;
    }

    /** GPUs' memory and prices, architectures, the measured runs by model, GPU and precision, and tokenizers. */
    private void selfHostingFacts(Map<String, List<CitingFact>> facts) {
        for (com.llmcompare.core.cost.TokenizerFamily tokenizer : snapshot.tokenizers()) {
            add(facts, tokenizer.getSourceId(), "Tokenizer " + tokenizer.getName() + (tokenizer.isEstimate() ? " (an estimate)"
                    : "") + " — counts the text of " + tokenizer.getModels().size() + " models on the calculator", "/cost#measure");
        }
        for (com.llmcompare.core.cost.Gpu gpu : snapshot.gpus()) {
            add(facts, gpu.getMemorySourceId(), gpu.getName() + " — memory", null);
            gpu.getPrices().forEach(price -> add(facts, price.getSourceId(), gpu.getName() + " — $"
                    + price.getUsdPerHour().stripTrailingZeros().toPlainString() + " per GPU-hour (" + price.getKind()
                    + ", " + price.getProvider() + ")", null));
        }
        for (LanguageModel model : snapshot.models()) {
            String url = "/cost?models=" + model.getSlug();
            snapshot.architecture(model.getSlug())
                .ifPresent(a -> add(facts, a.getSourceId(), model.getName() + " — architecture (KV cache sizing)", url));
            Map<RunGroup, Long> runs = snapshot.runs(model.getSlug()).stream()
                .collect(java.util.stream.Collectors.groupingBy(run -> new RunGroup(run.getSourceId(), run.getGpuId()
                        + " at " + run.figures().precision() + " (" + run.figures().kind() + ")"),
                        () -> new java.util.TreeMap<>(java.util.Comparator.comparing(RunGroup::sourceId)
                            .thenComparing(RunGroup::label)),
                        java.util.stream.Collectors.counting()));
            runs.forEach((group, count) -> add(facts, group.sourceId(), model.getName() + " — measured throughput on "
                    + group.label() + ", " + count + (count == 1 ? " run" : " runs"), url));
        }
    }

    /** A model's runs from one source on one GPU, precision and kind: one line on /sources. */
    private record RunGroup(String sourceId, String label) {
    }

    private static void add(Map<String, List<CitingFact>> facts, String sourceId, String label, String url) {
        if (sourceId != null) {
            facts.computeIfAbsent(sourceId, id -> new ArrayList<>()).add(new CitingFact(label, url));
        }
    }
}
