package com.llmcompare.importer;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import com.llmcompare.importer.CatalogueEntry.Fact;
import com.llmcompare.importer.CatalogueEntry.Facts;
import com.llmcompare.importer.CatalogueEntry.PricePeriod;
import com.llmcompare.importer.CatalogueEntry.Skip;

import tools.jackson.dataformat.toml.TomlFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.toml.TomlMapper;

/**
 * Reads models.dev: {@code providers/<provider>/provider.toml} and one TOML file per model under
 * {@code providers/<provider>/models/}. Prices are USD per 1M tokens already. models.dev records no
 * date of a price check, so a price counts from, and was last checked on, the entry's
 * {@code last_updated} (or its release date).
 */
final class ModelsDevReader implements CatalogueReader {

    private final TomlMapper mapper = CatalogueFiles.strict(
            TomlMapper.builder(TomlFactory.builder().streamReadConstraints(CatalogueFiles.limits()).build()));

    record ProviderToml(String name, List<String> env, String npm, String doc, String api) {
    }

    record ModelToml(String name, String family, String releaseDate, String lastUpdated, Boolean attachment,
            Boolean reasoning, Boolean temperature, String knowledge, Boolean toolCall, Boolean structuredOutput,
            Boolean openWeights, String status, String baseModel, Boolean baseModelOmit, JsonNode interleaved,
            JsonNode reasoningOptions, Cost cost, Limit limit, Modalities modalities, JsonNode provider,
            JsonNode experimental) {
    }

    record Cost(BigDecimal input, BigDecimal output, BigDecimal cacheRead, BigDecimal cacheWrite,
            BigDecimal cachedInput, BigDecimal cacheInput, BigDecimal cachedWrite, BigDecimal inputAudio,
            BigDecimal outputAudio, BigDecimal reasoning, BigDecimal image, BigDecimal request, BigDecimal citation,
            List<Tier> tiers) {
    }

    record Tier(TierSize tier, BigDecimal input, BigDecimal output, BigDecimal cacheRead, BigDecimal cacheWrite) {
    }

    record TierSize(Long size, String type) {
    }

    record Limit(Long context, Long input, Long output) {
    }

    record Modalities(List<String> input, List<String> output) {
    }

    @Override
    public List<CatalogueEntry> read(Path root, Collection<String> providers) {
        List<CatalogueEntry> entries = new ArrayList<>();
        for (String provider : providers.stream().sorted().toList()) {
            Path folder = root.resolve("providers").resolve(provider);
            Path providerFile = folder.resolve("provider.toml");
            if (!Files.isRegularFile(providerFile)) {
                throw new CatalogueException("providers/" + provider + "/provider.toml", null, null,
                        "missing: is this a models.dev snapshot, and is '" + provider + "' one of its providers?");
            }
            CatalogueFiles.read(mapper, root, providerFile, provider, ProviderToml.class);
            Path models = folder.resolve("models");
            for (Path file : CatalogueFiles.files(root, models, ".toml")) {
                String relative = CatalogueFiles.relative(models, file);
                String id = provider + "/" + relative.substring(0, relative.length() - ".toml".length());
                String path = CatalogueFiles.relative(root, file);
                entries.add(entry(id, provider, path, CatalogueFiles.read(mapper, root, file, id, ModelToml.class)));
            }
        }
        return entries;
    }

    private static CatalogueEntry entry(String id, String provider, String path, ModelToml m) {
        CatalogueFiles.checkDate(path, id, "release_date", m.releaseDate());
        CatalogueFiles.checkDate(path, id, "last_updated", m.lastUpdated());
        CatalogueFiles.checkDate(path, id, "knowledge", m.knowledge());
        Limit limit = m.limit();
        if (limit != null) {
            CatalogueFiles.checkCount(path, id, "limit.context", limit.context());
            CatalogueFiles.checkCount(path, id, "limit.output", limit.output());
        }
        List<Skip> skipped = new ArrayList<>();
        Facts facts = new Facts(fact(m.name(), "name = \"" + m.name() + "\""),
                fact(m.releaseDate(), "release_date = \"" + m.releaseDate() + "\""),
                limit == null ? null : positive(limit.context(), "limit.context = " + limit.context()),
                limit == null ? null : positive(limit.output(), "limit.output = " + limit.output()),
                m.modalities() == null ? null : fact(m.modalities().input(), "modalities.input = " + m.modalities().input()),
                m.modalities() == null ? null
                        : fact(m.modalities().output(), "modalities.output = " + m.modalities().output()),
                fact(m.toolCall(), "tool_call = " + m.toolCall()),
                fact(m.knowledge(), "knowledge = \"" + m.knowledge() + "\""),
                fact(m.openWeights(), "open_weights = " + m.openWeights()), null, null, null,
                m.baseModel() != null && m.releaseDate() == null ? null : lifecycle(m.status()));
        if (m.baseModel() != null) {
            skipped.add(new Skip("facts", "the entry inherits them from base_model " + m.baseModel()
                    + ", which the snapshot does not hold"));
        }
        return new CatalogueEntry(id, provider, path, facts, prices(path, id, m, skipped), List.of(),
                List.copyOf(skipped));
    }

    private static Fact<String> lifecycle(String status) {
        if ("deprecated".equals(status)) {
            return new Fact<>("deprecated", "status = \"deprecated\"");
        }
        return new Fact<>("available", status == null ? "listed without a status" : "status = \"" + status + "\"");
    }

    private static List<PricePeriod> prices(String path, String id, ModelToml m, List<Skip> skipped) {
        Cost cost = m.cost();
        if (cost == null) {
            return List.of();
        }
        CatalogueFiles.checkPrice(path, id, "cost.input", cost.input());
        CatalogueFiles.checkPrice(path, id, "cost.output", cost.output());
        CatalogueFiles.checkPrice(path, id, "cost.cache_read", cost.cacheRead());
        if (cost.tiers() != null) {
            for (int i = 0; i < cost.tiers().size(); i++) {
                CatalogueFiles.checkPrice(path, id, "cost.tiers[" + i + "].input", cost.tiers().get(i).input());
                CatalogueFiles.checkPrice(path, id, "cost.tiers[" + i + "].output", cost.tiers().get(i).output());
            }
        }
        if (cost.input() == null || cost.output() == null || cost.input().signum() == 0
                || cost.output().signum() == 0) {
            skipped.add(new Skip("price", "no positive input and output price per token (input " + cost.input()
                    + ", output " + cost.output() + "): free, or not billed per text token"));
            return List.of();
        }
        String date = m.lastUpdated() != null ? m.lastUpdated() : m.releaseDate();
        if (date == null) {
            skipped.add(new Skip("price", "no last_updated or release_date to date it from"
                    + (m.baseModel() != null ? " (inherited from base_model " + m.baseModel() + ")" : "")));
            return List.of();
        }
        BigDecimal cached = cost.cacheRead() != null && cost.cacheRead().signum() > 0 ? cost.cacheRead() : null;
        String quote = "cost.input = " + CatalogueFiles.plain(cost.input()) + ", cost.output = "
                + CatalogueFiles.plain(cost.output())
                + (cached == null ? "" : ", cost.cache_read = " + CatalogueFiles.plain(cached));
        String note = "models.dev records no date of a price check: the dates are the entry's "
                + (m.lastUpdated() != null ? "last_updated." : "release_date.") + tiers(cost.tiers());
        Long context = m.limit() == null || m.limit().context() == null || m.limit().context() <= 0 ? null
                : m.limit().context();
        return List.of(new PricePeriod(null, date, null, cost.input(), cost.output(), cached, date, context, quote,
                note));
    }

    private static String tiers(List<Tier> tiers) {
        if (tiers == null || tiers.isEmpty()) {
            return "";
        }
        return " Tiers: " + tiers.stream()
            .map(t -> "from " + (t.tier() == null ? "?" : t.tier().size()) + " tokens of context $"
                    + CatalogueFiles.money(t.input()) + " in / $" + CatalogueFiles.money(t.output()) + " out per 1M")
            .collect(Collectors.joining("; ")) + ".";
    }

    private static <T> Fact<T> fact(T value, String quote) {
        return value == null ? null : new Fact<>(value, quote);
    }

    private static Fact<Long> positive(Long value, String quote) {
        return value == null || value <= 0 ? null : new Fact<>(value, quote);
    }
}
