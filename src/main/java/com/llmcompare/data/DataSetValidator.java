package com.llmcompare.data;

import com.llmcompare.core.dataset.DataFiles;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.llmcompare.core.dataset.DataFiles.AuditFeatureFile;
import com.llmcompare.core.dataset.DataFiles.ClaimCheckFile;
import com.llmcompare.core.dataset.DataFiles.ClaimFile;
import com.llmcompare.core.dataset.DataFiles.CostClaimFile;
import com.llmcompare.core.dataset.DataFiles.CountFile;
import com.llmcompare.core.dataset.DataFiles.HostingFile;
import com.llmcompare.core.dataset.DataFiles.ModelFile;
import com.llmcompare.core.dataset.DataFiles.OpennessAuditFile;
import com.llmcompare.core.dataset.DataFiles.PriceFile;
import com.llmcompare.core.dataset.DataFiles.ScoreFile;
import com.llmcompare.core.openness.AuditCriteria;
import com.llmcompare.core.openness.OpennessFeature;
import com.llmcompare.core.openness.TableRowCheck;
import com.llmcompare.core.source.PlaceholderHosts;

/**
 * Checks what crosses files: unique ids, references to sources, models, benchmarks, vendors
 * and licences that exist, that every headline number has a claim (its source) stating it, and
 * that every model has an openness audit whose ratings rest on sources.
 */
public class DataSetValidator {

    public void validate(DataSet data) {
        Set<String> sources = unique("sources.json", data.sources(), DataFiles.SourceFile::id, "id");
        Set<String> vendors = unique("vendors.json", data.vendors(), DataFiles.VendorFile::slug, "slug");
        Set<String> licenses = unique("licenses.json", data.licenses(), DataFiles.LicenseFile::slug, "slug");
        Set<String> benchmarks = unique("benchmarks.json", data.benchmarks(), DataFiles.BenchmarkFile::slug,
                "slug");
        Set<String> models = unique("models/", data.models(), ModelFile::slug, "slug");
        unique("prices.json", data.prices(), PriceFile::id, "id");

        SourceCheck check = new SourceCheck(sources);
        for (DataFiles.SourceFile source : data.sources()) {
            if (source.url() == null && source.seedFile() == null) {
                throw new DataSetException("sources.json", source.id(), "url", "a source needs a url or a seedFile");
            }
            if (PlaceholderHosts.isPlaceholder(source.url())) {
                throw new DataSetException("sources.json", source.id(), "url",
                        "'" + source.url() + "' is a placeholder, not a page of the publisher");
            }
        }
        for (DataFiles.LicenseFile license : data.licenses()) {
            check.source("licenses.json", license.slug(), "source", license.source());
            check.claims("licenses.json", license.slug(), "keyTerms", license.keyTerms());
        }
        for (DataFiles.BenchmarkFile benchmark : data.benchmarks()) {
            if (benchmark.articleDescription() != null) {
                check.source("benchmarks.json", benchmark.slug(), "articleDescription.source",
                        benchmark.articleDescription().source());
            }
            check.source("benchmarks.json", benchmark.slug(), "officialDescription.source",
                    benchmark.officialDescription().source());
        }
        for (ModelFile model : data.models()) {
            validateModel(model, check, vendors, licenses, models);
        }
        for (int i = 0; i < data.scores().size(); i++) {
            validateScore(data.scores().get(i), i, check, models, benchmarks);
        }
        ScoreHygiene.check(data.scores());
        for (PriceFile price : data.prices()) {
            validatePrice(price, check, models);
        }
        unique("transparency.json", data.transparency(), t -> t.vendor() + " " + t.edition(), "vendor and edition");
        for (DataFiles.TransparencyFile t : data.transparency()) {
            String entry = t.vendor() + " " + t.edition();
            reference("transparency.json", entry, "vendor", t.vendor(), vendors, "vendors.json");
            check.source("transparency.json", entry, "source", t.source());
            if (t.score() > t.max()) {
                throw new DataSetException("transparency.json", entry, "score",
                        "is more than the edition's maximum (" + t.score() + " of " + t.max() + ")");
            }
        }
        Set<String> providers = data.prices().stream().map(PriceFile::provider).collect(Collectors.toSet());
        unique("providers.json", data.providers(), DataFiles.ProviderFile::name, "name");
        for (DataFiles.ProviderFile provider : data.providers()) {
            reference("providers.json", provider.name(), "name", provider.name(), providers, "the providers of prices.json");
            if (provider.closed() == null && provider.batch() == null) {
                throw new DataSetException("providers.json", provider.name(), "closed",
                        "states nothing: a provider's entry needs the day it closed or its batch terms");
            }
            if (provider.closed() != null) {
                if (provider.source() == null) {
                    throw new DataSetException("providers.json", provider.name(), "source",
                            "missing: the day a provider closed needs the page that says so");
                }
                check.source("providers.json", provider.name(), "source", provider.source());
            }
            if (provider.batch() != null) {
                check.source("providers.json", provider.name(), "batch.source", provider.batch().source());
            }
        }
        for (PriceFile price : data.prices()) {
            checkTiers(price);
        }
        if (data.tradeOffs().table() != null) {
            Set<String> rows = unique("tradeoffs.json", data.tradeOffs().table(), DataFiles.TradeOffRowFile::id, "id");
            for (DataFiles.TradeOffRowFile row : data.tradeOffs().table()) {
                check.source("tradeoffs.json", row.id(), "source", row.source());
                if (row.duplicateOf() != null && !rows.contains(row.duplicateOf())) {
                    throw new DataSetException("tradeoffs.json", row.id(), "duplicateOf",
                            "no table row has the id '" + row.duplicateOf() + "'");
                }
                if (row.checks() != null) {
                    for (String id : row.checks()) {
                        if (TableRowCheck.fromId(id).isEmpty()) {
                            throw new DataSetException("tradeoffs.json", row.id(), "checks", "unknown check '" + id
                                    + "': one of " + java.util.Arrays.stream(TableRowCheck.values())
                                        .map(TableRowCheck::getId)
                                        .toList());
                        }
                    }
                }
            }
        }
        if (data.tradeOffs().lists() != null) {
            unique("tradeoffs.json", data.tradeOffs().lists(), DataFiles.TradeOffListItemFile::id, "id");
            data.tradeOffs().lists()
                .forEach(item -> check.source("tradeoffs.json", item.id(), "source", item.source()));
        }
        unique("hosting.json", data.hosting(), HostingFile::model, "model");
        Map<String, ModelFile> modelsBySlug = data.models()
            .stream()
            .collect(Collectors.toMap(ModelFile::slug, Function.identity()));
        for (HostingFile hosting : data.hosting()) {
            validateHosting(hosting, check, modelsBySlug);
        }
        validateSelfHostingData(data, check, modelsBySlug);
        validateTokenizers(data, check, modelsBySlug);
        for (DataFiles.ReasoningFile r : data.reasoning()) {
            String entry = r.model() + " (" + r.entry() + ")";
            reference("reasoning.json", entry, "model", r.model(), modelsBySlug.keySet(), "models/");
            check.source("reasoning.json", entry, "source", r.source());
        }
        unique("cost-claims.json", data.costClaims(), CostClaimFile::id, "id");
        Map<String, PriceFile> pricesById = data.prices()
            .stream()
            .collect(Collectors.toMap(PriceFile::id, Function.identity()));
        for (CostClaimFile claim : data.costClaims()) {
            validateCostClaim(claim, check, pricesById);
        }
        if (data.tradeOffs().hybrid() != null) {
            unique("tradeoffs.json", data.tradeOffs().hybrid(), DataFiles.TradeOffHybridFile::id, "id");
            data.tradeOffs().hybrid()
                .forEach(item -> check.source("tradeoffs.json", item.id(), "source", item.source()));
        }
        validateAudits(data.audits(), check, models);
        unique("claims.json", data.claimChecks(), ClaimCheckFile::id, "id");
        for (ClaimCheckFile claim : data.claimChecks()) {
            validateClaimCheck(claim, check, models);
        }
    }

    /** A hosting profile is for a model whose weights can be downloaded and that generates text. */
    private void validateHosting(HostingFile hosting, SourceCheck check, Map<String, ModelFile> models) {
        String entry = hosting.model();
        ModelFile model = selfHostable("hosting.json", entry, hosting.model(), models);
        if (model.parameters().count() == null) {
            throw new DataSetException("hosting.json", entry, "model",
                    "'" + entry + "' has no parameter count, so the GPUs it needs cannot be worked out");
        }
        check.source("hosting.json", entry, "gpuMemoryGb.source", hosting.gpuMemoryGb().source());
        check.source("hosting.json", entry, "gpuHourlyUsd.source", hosting.gpuHourlyUsd().source());
        check.source("hosting.json", entry, "tokensPerSecondPerGpu.source", hosting.tokensPerSecondPerGpu().source());
    }

    /**
     * GPUs, architectures and measured runs: every reference resolves, every figure has its source, an
     * architecture states what its kind of attention caches, and a run is of a self-hostable model at a
     * precision the sizing knows.
     */
    private void validateSelfHostingData(DataSet data, SourceCheck check, Map<String, ModelFile> models) {
        Set<String> gpus = unique("gpus.json", data.gpus(), DataFiles.GpuFile::id, "id");
        for (DataFiles.GpuFile gpu : data.gpus()) {
            check.source("gpus.json", gpu.id(), "memoryGb.source", gpu.memoryGb().source());
            for (DataFiles.GpuPriceFile price : gpu.prices()) {
                check.source("gpus.json", gpu.id(), "prices.source", price.source());
            }
        }
        unique("architectures.json", data.architectures(), DataFiles.ArchitectureFile::model, "model");
        for (DataFiles.ArchitectureFile a : data.architectures()) {
            String entry = a.model();
            selfHostable("architectures.json", entry, a.model(), models);
            check.source("architectures.json", entry, "source", a.source());
            boolean gqa = "gqa".equals(a.attention());
            if (gqa && (a.kvHeads() == null || a.headDim() == null)) {
                throw new DataSetException("architectures.json", entry, gqa && a.kvHeads() == null ? "kvHeads" : "headDim",
                        "grouped-query attention caches 2 × kvHeads × headDim values per layer and token: both are needed");
            }
            if (!gqa && (a.kvLoraRank() == null || a.qkRopeHeadDim() == null)) {
                throw new DataSetException("architectures.json", entry, a.kvLoraRank() == null ? "kvLoraRank" : "qkRopeHeadDim",
                        "latent attention caches kvLoraRank + qkRopeHeadDim values per layer and token: both are needed");
            }
            if ((a.slidingLayers() == null) != (a.slidingWindow() == null)
                    || (a.slidingLayers() != null && a.slidingLayers() > a.layers())) {
                throw new DataSetException("architectures.json", entry, "slidingLayers",
                        "sliding-window layers need both slidingLayers (at most layers) and slidingWindow");
            }
        }
        Set<String> precisions = java.util.Arrays.stream(com.llmcompare.core.cost.Precision.values())
            .map(com.llmcompare.core.cost.Precision::label)
            .collect(Collectors.toSet());
        for (DataFiles.ThroughputFile run : data.throughput()) {
            String entry = run.model() + " on " + run.gpu() + " (" + run.entry() + ")";
            selfHostable("throughput.json", entry, run.model(), models);
            reference("throughput.json", entry, "gpu", run.gpu(), gpus, "gpus.json");
            reference("throughput.json", entry, "precision", run.precision(), precisions, "the precisions the sizing knows");
            check.source("throughput.json", entry, "source", run.source());
        }
    }

    /**
     * Every model in one family at most, every family's counting complete: a tiktoken encoding, a shipped
     * tokenizer file, or an estimate on another counted family with its ratio and source.
     */
    private void validateTokenizers(DataSet data, SourceCheck check, Map<String, ModelFile> models) {
        Set<String> families = unique("tokenizers.json", data.tokenizers(), DataFiles.TokenizerFamilyFile::id, "id");
        Set<String> counted = new java.util.HashSet<>();
        for (DataFiles.TokenizerFamilyFile t : data.tokenizers()) {
            check.source("tokenizers.json", t.id(), "source", t.source());
            if (t.licenceSource() != null) {
                check.source("tokenizers.json", t.id(), "licenceSource", t.licenceSource());
            }
            for (String slug : t.models()) {
                reference("tokenizers.json", t.id(), "models", slug, models.keySet(), "models/");
                if (!counted.add(slug)) {
                    throw new DataSetException("tokenizers.json", t.id(), "models",
                            "'" + slug + "' is in two tokenizer families: a model has one tokenizer");
                }
            }
            switch (t.kind()) {
                case "tiktoken" -> {
                    if (t.encoding() == null) {
                        throw new DataSetException("tokenizers.json", t.id(), "encoding", "a tiktoken family names its encoding");
                    }
                }
                case "huggingface" -> {
                    if (t.resource() == null || t.licence() == null
                            || DataSetValidator.class.getResource("/tokenizers/" + t.resource() + "/tokenizer.json.gz") == null) {
                        throw new DataSetException("tokenizers.json", t.id(), t.licence() == null ? "licence" : "resource",
                                "a published tokenizer ships as tokenizers/{resource}/tokenizer.json.gz with its licence");
                    }
                }
                default -> {
                    reference("tokenizers.json", t.id(), "baseFamily", t.baseFamily(), families, "tokenizers.json");
                    if (t.ratio() == null || t.quote() == null) {
                        throw new DataSetException("tokenizers.json", t.id(), "ratio",
                                "an estimate states its ratio to the base family and quotes its source");
                    }
                }
            }
        }
    }

    /**
     * The model of a hosting profile, architecture or measured run: one whose weights can be downloaded and that
     * generates text. A model without a parameter count may have runs (the calculator then says it cannot size
     * them); a hosting profile needs one, and checks it itself.
     */
    private static ModelFile selfHostable(String file, String entry, String slug, Map<String, ModelFile> models) {
        reference(file, entry, "model", slug, models.keySet(), "models/");
        ModelFile model = models.get(slug);
        if (!model.access().weightsDownloadable()) {
            throw new DataSetException(file, entry, "model",
                    "the weights of '" + slug + "' cannot be downloaded, so it cannot be self-hosted");
        }
        if ("encoder".equals(model.architecture())) {
            throw new DataSetException(file, entry, "model",
                    "'" + slug + "' is an encoder and does not generate text: it has no place in a cost per token");
        }
        return model;
    }

    private void validateCostClaim(CostClaimFile claim, SourceCheck check, Map<String, PriceFile> prices) {
        String entry = claim.id();
        check.source("cost-claims.json", entry, "source", claim.source());
        if (claim.counterpart() != null) {
            check.source("cost-claims.json", entry, "counterpart.source", claim.counterpart().source());
        }
        claim.explanationSources().forEach(id -> check.source("cost-claims.json", entry, "explanationSources", id));
        for (String field : List.of("numeratorPrice", "denominatorPrice")) {
            String id = field.equals("numeratorPrice") ? claim.numeratorPrice() : claim.denominatorPrice();
            reference("cost-claims.json", entry, field, id, prices.keySet(), "prices.json");
            if (!"tokens".equals(prices.get(id).unit())) {
                throw new DataSetException("cost-claims.json", entry, field,
                        "'" + id + "' is billed per " + prices.get(id).unit() + ", not per token");
            }
        }
    }

    private void validateAudits(List<OpennessAuditFile> audits, SourceCheck check, Set<String> models) {
        unique("openness/", audits, OpennessAuditFile::model, "model");
        for (OpennessAuditFile audit : audits) {
            String file = "openness/" + audit.model() + ".json";
            reference(file, audit.model(), "model", audit.model(), models, "models/");
            AuditCriteria criteria = AuditCriteria.ofFile(audit.criteria());
            if (criteria == AuditCriteria.OSAI_INDEX && (audit.source() == null || audit.source().isBlank())) {
                throw new DataSetException(file, audit.model(), "source",
                        "an osai-index audit names the index entry it comes from");
            }
            if (audit.source() != null) {
                check.source(file, audit.model(), "source", audit.source());
            }
            List<String> keys = criteria.getFeatures().stream().map(OpennessFeature::getKey).toList();
            for (String key : audit.features().keySet()) {
                if (!keys.contains(key)) {
                    throw new DataSetException(file, audit.model(), "features." + key, "unknown criterion for "
                            + criteria.getId() + " (its " + keys.size() + " criteria: " + String.join(", ", keys)
                            + ")");
                }
            }
            for (String key : keys) {
                if (!audit.features().containsKey(key)) {
                    throw new DataSetException(file, audit.model(), "features." + key, "missing: an audit on the "
                            + criteria.getDescription() + " rates every one (\"not-assessed\" where no source says)");
                }
                validateFeature(file, audit.model(), criteria, key, audit.features().get(key), check);
            }
        }
    }

    private static void validateFeature(String file, String model, AuditCriteria criteria, String key,
            AuditFeatureFile feature, SourceCheck check) {
        String field = "features." + key;
        boolean assessed = switch (feature.status()) {
            case "open", "partial", "closed" -> true;
            default -> false;
        };
        if (assessed && (feature.source() == null || feature.source().isBlank())) {
            throw new DataSetException(file, model, field + ".source", "a rating of '" + feature.status()
                    + "' needs the source it rests on; without one the feature is \"not-assessed\"");
        }
        if (feature.source() != null) {
            check.source(file, model, field + ".source", feature.source());
        }
        // The index leaves a class empty for "not applicable" on any criterion; the tracker has it for the RL stage only.
        if ("not-applicable".equals(feature.status()) && criteria == AuditCriteria.TRACKER
                && !OpennessFeature.fromKey(criteria, key).map(OpennessFeature::isReinforcementLearning).orElse(false)) {
            throw new DataSetException(file, model, field + ".status",
                    "only rldata and rlweights can be not-applicable (a base model has no RL stage)");
        }
    }

    private void validateClaimCheck(ClaimCheckFile claim, SourceCheck check, Set<String> models) {
        check.source("claims.json", claim.id(), "source", claim.source());
        claim.evidence().forEach(evidence -> check.source("claims.json", claim.id(), "evidence.source", evidence.source()));
        if (claim.models() != null) {
            claim.models().forEach(model -> reference("claims.json", claim.id(), "models", model, models, "models/"));
        }
        if (claim.costRatio() != null) {
            reference("claims.json", claim.id(), "costRatio.model", claim.costRatio().model(), models, "models/");
            reference("claims.json", claim.id(), "costRatio.versus", claim.costRatio().versus(), models, "models/");
        }
    }

    private void validateModel(ModelFile model, SourceCheck check, Set<String> vendors, Set<String> licenses,
            Set<String> models) {
        String file = "models/" + model.slug() + ".json";
        String slug = model.slug();
        reference(file, slug, "vendor", model.vendor(), vendors, "vendors.json");
        reference(file, slug, "license", model.license(), licenses, "licenses.json");
        if (model.baseModel() != null) {
            reference(file, slug, "baseModel", model.baseModel(), models, "models/");
        }
        if (model.namedIn() != null) {
            model.namedIn().forEach(id -> check.source(file, slug, "namedIn", id));
        }
        check.claims(file, slug, "release.claims", model.release().claims());
        check.claims(file, slug, "parameters.claims", model.parameters().claims());
        check.claims(file, slug, "context.claims", model.context().claims());
        check.claims(file, slug, "trainingData.claims", model.trainingData().claims());
        check.claims(file, slug, "trainingCode.claims", model.trainingCode().claims());
        check.claims(file, slug, "access.claims", model.access().claims());
        if (model.trainingTokens() != null) {
            check.claims(file, slug, "trainingTokens.claims", model.trainingTokens().claims());
            headlineCount(file, slug, "trainingTokens", model.trainingTokens());
        }
        if (model.fineTuning() != null) {
            check.claims(file, slug, "fineTuning.claims", model.fineTuning().claims());
        }
        if (model.context().extended() != null) {
            model.context().extended().forEach(ext -> check.source(file, slug, "context.extended.source", ext.source()));
        }
        check.source(file, slug, "lifecycle.source", model.lifecycle().source());
        if (model.capabilities() != null) {
            check.source(file, slug, "capabilities.source", model.capabilities().source());
            check.claims(file, slug, "capabilities.claims", model.capabilities().claims());
        }
        if (model.tokenizer() != null) {
            check.source(file, slug, "tokenizer.source", model.tokenizer().source());
        }
        headlineCount(file, slug, "parameters", model.parameters());
        if (model.context().tokens() != null
                && !hasNumber(model.context().claims(), model.context().tokens().doubleValue())) {
            throw new DataSetException(file, slug, "context.tokens",
                    "no claim states " + model.context().tokens() + ": add the claim that is its source");
        }
        String release = model.release().date();
        if (release != null && (model.release().claims() == null
                || model.release().claims().stream().noneMatch(claim -> release.equals(claim.value())))) {
            throw new DataSetException(file, slug, "release.date",
                    "no claim states " + release + ": add the claim that is its source");
        }
        roundedContext(file, slug, model.context().tokens(), model.context().claims());
        primarySourceWins(file, slug, "release.date", model.release().date(), model.release().claims(),
                ClaimFile::value);
        primarySourceWins(file, slug, "context.tokens",
                model.context().tokens() == null ? null : String.valueOf(model.context().tokens().doubleValue()),
                model.context().claims(), claim -> claim.number() == null ? null : String.valueOf(claim.number()));
    }

    private static void headlineCount(String file, String slug, String field, CountFile count) {
        if (count.count() != null && !hasNumber(count.claims(), count.count())) {
            throw new DataSetException(file, slug, field + ".count",
                    "no claim states " + count.count() + ": add the claim that is its source");
        }
        if ("undisclosed".equals(count.status()) && count.count() != null) {
            throw new DataSetException(file, slug, field + ".count",
                    "an undisclosed value has no count: leave it null and keep estimates as claims");
        }
    }

    /**
     * Where a primary source (the maker's page, a paper, an article: any claim not from a catalogue) states
     * the fact, the value shown is one such claim's: a catalogue's date or number never overrides it (it is
     * shown beside it as a disagreement).
     */
    private static void primarySourceWins(String file, String slug, String field, String shown, List<ClaimFile> claims,
            Function<ClaimFile, String> valueOf) {
        if (shown == null || claims == null) {
            return;
        }
        List<ClaimFile> primary = claims.stream()
            .filter(c -> !"catalogue".equals(c.origin()) && valueOf.apply(c) != null)
            .toList();
        if (!primary.isEmpty() && primary.stream().noneMatch(c -> shown.equals(valueOf.apply(c)))) {
            throw new DataSetException(file, slug, field, "shows a catalogue's value while a primary source ("
                    + primary.get(0).source() + ") states " + primary.get(0).value() + ": show the primary source's");
        }
    }

    /**
     * A catalogue's round thousand (131,000; 8,000) beside a claim of the exact power-of-two-based window
     * within 3% (131,072; 8,192) is a rounded copy: the exact number must be the one shown.
     */
    private static void roundedContext(String file, String slug, Integer tokens, List<ClaimFile> claims) {
        if (tokens == null || claims == null || tokens % 1000 != 0 || tokens % 1024 == 0) {
            return;
        }
        claims.stream()
            .map(ClaimFile::number)
            .filter(Objects::nonNull)
            .filter(n -> n % 1024 == 0 && n.intValue() != tokens && Math.abs(n - tokens) <= 0.03 * n)
            .findFirst()
            .ifPresent(exact -> {
                throw new DataSetException(file, slug, "context.tokens", tokens + " is a rounded copy of the "
                        + String.format(java.util.Locale.US, "%,d", exact.longValue())
                        + " another claim states: show the exact window");
            });
    }

    private static boolean hasNumber(List<ClaimFile> claims, double number) {
        return claims != null
                && claims.stream().anyMatch(claim -> claim.number() != null && claim.number() == number);
    }

    private void validateScore(ScoreFile score, int index, SourceCheck check, Set<String> models,
            Set<String> benchmarks) {
        String entry = "#" + (index + 1) + " " + score.model() + "/" + score.benchmark();
        reference("scores.json", entry, "model", score.model(), models, "models/");
        reference("scores.json", entry, "benchmark", score.benchmark(), benchmarks, "benchmarks.json");
        check.source("scores.json", entry, "source", score.source());
        if (score.check() != null && score.check().source() != null) {
            check.source("scores.json", entry, "check.source", score.check().source());
        }
        if (score.value() == null && (score.valueText() == null || score.valueText().isBlank())) {
            throw new DataSetException("scores.json", entry, "value",
                    "a score needs a value, or a valueText for wording that is not one number");
        }
    }

    private void validatePrice(PriceFile price, SourceCheck check, Set<String> models) {
        reference("prices.json", price.id(), "model", price.model(), models, "models/");
        price.sources().forEach(id -> check.source("prices.json", price.id(), "sources", id));
        if (price.validUntil() != null && price.validUntil().compareTo(price.validFrom()) < 0) {
            throw new DataSetException("prices.json", price.id(), "validUntil",
                    "ends (" + price.validUntil() + ") before it starts (" + price.validFrom() + ")");
        }
    }

    private static void reference(String file, String entry, String field, String value, Set<String> known,
            String where) {
        if (!known.contains(value)) {
            throw new DataSetException(file, entry, field, "unknown '" + value + "': not in " + where);
        }
    }

    private static <T> Set<String> unique(String file, List<T> entries, Function<T, String> id, String field) {
        Set<String> seen = new HashSet<>();
        for (T entry : entries) {
            String key = id.apply(entry);
            if (!seen.add(key)) {
                throw new DataSetException(file, key, field, "duplicate " + field + " '" + key + "'");
            }
        }
        return seen;
    }

    /** Checks that each cited source id is in sources.json. */
    private record SourceCheck(Set<String> sources) {

        void source(String file, String entry, String field, String id) {
            if (!sources.contains(id)) {
                throw new DataSetException(file, entry, field, "unknown source '" + id + "': not in sources.json");
            }
        }

        void claims(String file, String entry, String field, List<ClaimFile> claims) {
            if (claims != null) {
                claims.stream().filter(Objects::nonNull).forEach(claim -> source(file, entry, field, claim.source()));
            }
        }
    }

    /**
     * Long-context tiers only on per-token prices, each threshold above the last and inside the offer's
     * context window, each with at least one rate.
     */
    private static void checkTiers(PriceFile price) {
        if (price.tiers() == null || price.tiers().isEmpty()) {
            return;
        }
        if (!"tokens".equals(price.unit())) {
            throw new DataSetException("prices.json", price.id(), "tiers", "only a price per token can have tiers");
        }
        long last = 0;
        for (int i = 0; i < price.tiers().size(); i++) {
            DataFiles.TierFile tier = price.tiers().get(i);
            String field = "tiers[" + i + "].above";
            if (tier.above() <= last) {
                throw new DataSetException("prices.json", price.id(), field,
                        "must be above the tier before it (" + last + "): tiers go from the lowest threshold up");
            }
            // at the window itself it stays: catalogues give a long-context offer's threshold as its base window
            if (price.contextTokens() != null && tier.above() > price.contextTokens()) {
                throw new DataSetException("prices.json", price.id(), field,
                        "is beyond the context window (" + price.contextTokens() + " tokens): no request reaches it");
            }
            if (tier.input() == null && tier.output() == null && tier.cachedInput() == null && tier.cacheWrite() == null
                    && tier.cacheWrite1h() == null) {
                throw new DataSetException("prices.json", price.id(), "tiers[" + i + "]", "has no rate");
            }
            last = tier.above();
        }
    }
}
