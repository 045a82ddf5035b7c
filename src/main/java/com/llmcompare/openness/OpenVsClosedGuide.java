package com.llmcompare.openness;

import com.llmcompare.core.openness.ClaimCheck;
import com.llmcompare.core.openness.ClaimCheckRepository;
import com.llmcompare.core.openness.HybridApproach;
import com.llmcompare.core.openness.HybridApproachRepository;
import com.llmcompare.core.openness.LevelInputs;
import com.llmcompare.core.openness.OpennessScore;
import com.llmcompare.core.openness.TableRowCheck;
import com.llmcompare.core.openness.TradeOff;
import com.llmcompare.core.openness.TradeOffItem;
import com.llmcompare.core.openness.TradeOffItemRepository;
import com.llmcompare.core.openness.TradeOffRepository;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.llmcompare.core.benchmark.BestScore;
import com.llmcompare.core.benchmark.Score;
import com.llmcompare.core.benchmark.ScoreRepository;
import com.llmcompare.cost.ApiCostCalculator;
import com.llmcompare.cost.ApiPrice;
import com.llmcompare.cost.Workload;
import com.llmcompare.core.model.LanguageModel;
import com.llmcompare.core.model.LanguageModelRepository;
import com.llmcompare.core.openness.OpennessLevel;
import com.llmcompare.openness.Candidate.MonthlyCost;
import com.llmcompare.openness.DecisionRanking.Ranked;
import com.llmcompare.openness.DecisionRanking.Weights;
import com.llmcompare.core.calendar.Today;
import com.llmcompare.core.model.Lifecycle;
import com.llmcompare.core.price.Offers;
import com.llmcompare.core.price.Price;
import com.llmcompare.core.price.PriceRepository;
import com.llmcompare.web.Formats;

/**
 * Everything {@code /open-vs-closed} shows: the articles' table checked against the models, their
 * lists and hybrid approaches, the claims checked, every model's openness, and the decision
 * helper's ranking. Reads the database; the arithmetic is in {@link DecisionRanking}.
 */
@Service
@Transactional(readOnly = true)
public class OpenVsClosedGuide {

    /** A row of the articles' table, with the models that contradict its open and closed claims. */
    public record TableRow(TradeOff row, TradeOff repeats, List<TableRowCheck.Finding> openFindings,
            List<TableRowCheck.Finding> closedFindings) {
    }

    /** A model's openness at a glance, computed while its audit is at hand. */
    public record ModelOpenness(String slug, String name, String vendor, OpennessLevel level, OpennessScore score,
            String reason, Lifecycle lifecycle) {

        public boolean isRetired() {
            return lifecycle.isRetired();
        }
    }

    /** The parts of the page that do not depend on the user's weights. */
    public record Guide(List<TableRow> table, Map<String, List<TradeOffItem>> lists, List<HybridApproach> hybrid,
            List<ModelOpenness> openWeights, List<ClaimCheck> claims, List<ModelOpenness> models) {

        /** Model names by slug. */
        public Map<String, String> names() {
            return models.stream().collect(Collectors.toMap(ModelOpenness::slug, ModelOpenness::name));
        }
    }

    /** A cost claim worked out at the page's workload. */
    public record CostRatio(String modelName, MonthlyCost model, String versusName, MonthlyCost versus,
            BigDecimal ratio) {
    }

    /** The decision helper's result for one set of weights and one workload. */
    public record Decision(Weights weights, Workload workload, List<Ranked> ranking, double qualityAverage,
            Map<String, ModelOpenness> models, Map<String, CostRatio> costRatios, Candidate cheapest) {
    }

    private final LanguageModelRepository models;

    private final PriceRepository prices;

    private final ScoreRepository scores;

    private final TradeOffRepository tradeOffs;

    private final TradeOffItemRepository tradeOffItems;

    private final HybridApproachRepository hybrid;

    private final ClaimCheckRepository claims;

    private final Formats formats;

    private final Today today;

    OpenVsClosedGuide(LanguageModelRepository models, PriceRepository prices, ScoreRepository scores,
            TradeOffRepository tradeOffs, TradeOffItemRepository tradeOffItems, HybridApproachRepository hybrid,
            ClaimCheckRepository claims, Formats formats, Today today) {
        this.models = models;
        this.prices = prices;
        this.scores = scores;
        this.tradeOffs = tradeOffs;
        this.tradeOffItems = tradeOffItems;
        this.hybrid = hybrid;
        this.claims = claims;
        this.formats = formats;
        this.today = today;
    }

    public Guide guide() {
        List<LanguageModel> all = models.findAllByOrderByNameAsc();
        List<TradeOff> rows = tradeOffs.findAllByOrderByPositionAsc();
        Map<String, TradeOff> byId = rows.stream().collect(Collectors.toMap(TradeOff::getId, Function.identity()));
        List<TableRow> table = rows.stream()
            .map(row -> new TableRow(row, row.getDuplicateOf() == null ? null : byId.get(row.getDuplicateOf()),
                    findings(row, all, true), findings(row, all, false)))
            .toList();
        Map<String, List<TradeOffItem>> lists = new LinkedHashMap<>();
        for (String key : List.of("open-advantage", "open-challenge", "closed-advantage", "closed-challenge")) {
            lists.put(key, new ArrayList<>());
        }
        tradeOffItems.findAll()
            .stream()
            .sorted(Comparator.comparing(TradeOffItem::getId))
            .forEach(item -> lists.computeIfAbsent(item.getSide() + "-" + item.getKind(), k -> new ArrayList<>())
                .add(item));
        LocalDate day = today.date();
        List<ModelOpenness> openness = all.stream().map(model -> openness(model, day)).toList();
        List<ModelOpenness> openWeights = openness.stream()
            .filter(model -> model.level() == OpennessLevel.OPEN_WEIGHTS)
            .toList();
        return new Guide(table, lists, hybrid.findAllByOrderByPositionAsc(), openWeights,
                claims.findAllByOrderByPositionAsc(), openness);
    }

    private static List<TableRowCheck.Finding> findings(TradeOff row, List<LanguageModel> all, boolean openSide) {
        return row.getChecks()
            .stream()
            .filter(check -> check.isOpenSide() == openSide)
            .map(check -> check.apply(all))
            .flatMap(Optional::stream)
            .toList();
    }

    private static ModelOpenness openness(LanguageModel model, LocalDate day) {
        return new ModelOpenness(model.getSlug(), model.getName(), model.getVendor().getName(),
                model.getOpennessLevel(), model.getOpennessScore(), model.getOpennessReason(), model.lifecycleOn(day));
    }

    /**
     * @param releaseYear rank only the models released that year; null for every year
     * @param includeRetired rank retired models too (at their last list price); else only the models that
     *     can still be used
     */
    public Decision decide(Weights weights, Workload workload, Integer releaseYear, boolean includeRetired) {
        return decide(weights, workload, releaseYear, includeRetired, false);
    }

    /** @param includeNonGenerative rank BERT and T5 (not decoder models: they do not generate from a prompt) too */
    public Decision decide(Weights weights, Workload workload, Integer releaseYear, boolean includeRetired,
            boolean includeNonGenerative) {
        LocalDate day = today.date();
        List<LanguageModel> all = models.findAllByOrderByNameAsc();
        List<Price> allPrices = prices.findAllByOrderByValidFromDesc();
        Map<String, List<Price>> pricesByModel = allPrices.stream()
            .collect(Collectors.groupingBy(price -> price.getModel().getSlug()));
        Map<String, Offers> offers = Offers.byModel(all, allPrices, day);
        Map<String, List<Score>> scoresByModel = scores.findAllByOrderByBenchmarkNameAscValueDesc()
            .stream()
            .collect(Collectors.groupingBy(score -> score.getModel().getSlug()));
        // Every model is priced (the articles' cost claims name models of any year); the ranking takes the
        // models the filters let through.
        Map<String, Candidate> bySlug = all.stream()
            .map(model -> candidate(model, offers.get(model.getSlug()),
                    pricesByModel.getOrDefault(model.getSlug(), List.of()),
                    scoresByModel.getOrDefault(model.getSlug(), List.of()), workload))
            .collect(Collectors.toMap(Candidate::slug, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<LanguageModel> ranked = all.stream()
            .filter(model -> releaseYear == null || releaseYear.equals(model.getReleaseYear()))
            .filter(model -> includeRetired || !offers.get(model.getSlug()).lifecycle().isRetired())
            .filter(model -> includeNonGenerative || Generative.is(model.getArchitecture()))
            .toList();
        List<Candidate> candidates = ranked.stream().map(model -> bySlug.get(model.getSlug())).toList();
        Map<String, ModelOpenness> openness = ranked.stream()
            .collect(Collectors.toMap(LanguageModel::getSlug, model -> openness(model, day)));
        Map<String, CostRatio> ratios = new LinkedHashMap<>();
        for (ClaimCheck claim : claims.findAllByOrderByPositionAsc()) {
            if (claim.getCostModelSlug() != null) {
                Candidate model = bySlug.get(claim.getCostModelSlug());
                Candidate versus = bySlug.get(claim.getCostVersusSlug());
                BigDecimal ratio = model.monthlyCost().isPriced() && versus.monthlyCost().isPriced()
                        && versus.monthlyCost().usd().signum() > 0
                                ? model.monthlyCost().usd().divide(versus.monthlyCost().usd(), MathContext.DECIMAL64)
                                : null;
                ratios.put(claim.getId(),
                        new CostRatio(model.name(), model.monthlyCost(), versus.name(), versus.monthlyCost(), ratio));
            }
        }
        Candidate cheapest = candidates.stream()
            .filter(candidate -> candidate.monthlyCost().isPriced())
            .min(Comparator.comparing(candidate -> candidate.monthlyCost().usd()))
            .orElse(null);
        return new Decision(weights, workload, DecisionRanking.rank(candidates, weights),
                QualityScale.of(candidates).average(), openness, ratios, cheapest);
    }

    private Candidate candidate(LanguageModel model, Offers offers, List<Price> modelPrices, List<Score> modelScores,
            Workload workload) {
        LevelInputs inputs = model.getOpennessInputs();
        // Quality rests on the benchmarks the data set names for it (headline ones and the overall index),
        // one score each: the model's best independent row, else its best own claim.
        List<Candidate.Result> results = BestScore.byBenchmark(modelScores.stream()
                .filter(score -> score.getSystemName() == null && score.getBenchmark().feedsQuality())
                .toList())
            .values()
            .stream()
            .filter(score -> score.getValue() != null)
            .map(score -> new Candidate.Result(score.getBenchmark().getSlug(), score.getBenchmark().getName(),
                    score.getValue(), score.getBenchmark().isHigherIsBetter(), score.getSystemName()))
            .toList();
        return new Candidate(model.getSlug(), model.getName(), inputs.weightsDownloadable(), model.isApiAvailable(),
                FineTuning.available(model.getFineTuningAvailable(), inputs.weightsDownloadable(),
                        model.getLicense().isOsiApproved()),
                inputs.osiApprovedLicense(), model.getLicense().getName(),
                model.getOpennessScore().value(), monthlyCost(model, offers, modelPrices, workload), results);
    }

    /**
     * The cheapest current per-token offer at the workload; for a retired model, its last list
     * price, labelled as such; otherwise why it is not priced.
     */
    private MonthlyCost monthlyCost(LanguageModel model, Offers offers, List<Price> modelPrices, Workload workload) {
        boolean retired = offers.lifecycle().isRetired();
        String prefix = retired ? "retired " + offers.lifecycle().date() + ", last list price: " : "";
        Optional<MonthlyCost> cheapest = offers.toPrice()
            .stream()
            .map(price -> cost(model, price, workload, prefix, retired))
            .min(Comparator.comparing(MonthlyCost::usd));
        if (cheapest.isPresent()) {
            return cheapest.get();
        }
        Optional<Price> perCharacter = modelPrices.stream().filter(price -> !"tokens".equals(price.getUnit())).findFirst();
        if (perCharacter.isPresent()) {
            return MonthlyCost.notPriced("billed per 1,000 " + perCharacter.get().getUnit() + " ("
                    + perCharacter.get().getProvider() + "): not comparable per token, so not priced here");
        }
        if (!modelPrices.isEmpty()) {
            return MonthlyCost.notPriced("no current API price: every offer in the data set has ended (its provider"
                    + " closed, or the price was withdrawn)");
        }
        if (model.isWeightsDownloadable()) {
            return MonthlyCost.notPriced("no hosted API price in the data set; self-hosting costs depend on your "
                    + "GPUs (see the cost calculator)");
        }
        return MonthlyCost.notPriced(model.isApiAvailable() ? "no API price in the data set"
                : "no price: there is no API");
    }

    private MonthlyCost cost(LanguageModel model, Price price, Workload workload, String prefix, boolean retired) {
        BigDecimal multiplier = model.getTokenizerMultiplier() == null ? BigDecimal.ONE
                : model.getTokenizerMultiplier();
        BigDecimal monthly = ApiCostCalculator
            .monthlyCost(workload, ApiPrice.from(price), multiplier,
                    BigDecimal.ZERO)
            .monthly();
        String basis = prefix + price.getProvider() + ", " + formats.usd(price.getInputPerMillion()) + " / "
                + formats.usd(price.getOutputPerMillion()) + " per 1M tokens"
                + (multiplier.compareTo(BigDecimal.ONE) == 0 ? "" : ", × " + multiplier.stripTrailingZeros()
                        .toPlainString() + " tokens (tokenizer)");
        return new MonthlyCost(monthly, basis, retired);
    }
}
