package com.llmcompare.importer;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.llmcompare.importer.CatalogueEntry.Fact;
import com.llmcompare.importer.CatalogueEntry.Facts;
import com.llmcompare.importer.CatalogueEntry.PricePeriod;
import com.llmcompare.importer.CatalogueEntry.TierRates;
import com.llmcompare.importer.CatalogueEntry.Skip;

import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads pydantic's genai-prices from its source files, {@code providers/<provider>.yml}: they hold
 * {@code prices_checked}, the date each model's prices were last checked, which the generated
 * {@code data.json} leaves out. A list of prices with start dates is a price history; prices with a
 * time-of-day window are sold side by side with the default ones (DeepSeek's off-peak hours).
 */
final class GenAiPricesReader implements CatalogueReader {

    /** The price fields of the schema's ModelPrice ({@code providers/.schema.json}). */
    static final Set<String> PRICE_FIELDS = Set.of("audio_hours", "cache_audio_read_mtok",
            "cache_audio_write_1h_mtok", "cache_audio_write_5m_mtok", "cache_audio_write_mtok",
            "cache_image_read_mtok", "cache_image_write_1h_mtok", "cache_image_write_5m_mtok",
            "cache_image_write_mtok", "cache_read_mtok", "cache_text_read_mtok", "cache_text_write_1h_mtok",
            "cache_text_write_5m_mtok", "cache_text_write_mtok", "cache_video_read_mtok",
            "cache_video_write_1h_mtok", "cache_video_write_5m_mtok", "cache_video_write_mtok",
            "cache_write_1h_mtok", "cache_write_5m_mtok", "cache_write_mtok", "code_executions_kcount",
            "input_annotated_document_kpages", "input_audio_hours", "input_audio_mtok", "input_audio_tool_mtok",
            "input_document_kpages", "input_gpixels", "input_image_mtok", "input_image_tool_mtok", "input_mchars",
            "input_mtok", "input_text_messages_kcount", "input_text_mtok", "input_text_tool_mtok",
            "input_tool_mtok", "input_video_mtok", "input_video_tool_mtok", "output_audio_citation_mtok",
            "output_audio_hours", "output_audio_mtok", "output_audio_reasoning_mtok", "output_citation_mtok",
            "output_image_citation_mtok", "output_image_mtok", "output_image_reasoning_mtok", "output_mtok",
            "output_reasoning_mtok", "output_text_citation_mtok", "output_text_mtok", "output_text_reasoning_mtok",
            "output_video_citation_mtok", "output_video_mtok", "output_video_reasoning_mtok", "requests_kcount",
            "rerank_searches_kcount", "social_searches_kcount", "storage_searches_kcount", "web_searches_kcount");

    private final YAMLMapper mapper = CatalogueFiles.strict(
            YAMLMapper.builder(YAMLFactory.builder().streamReadConstraints(CatalogueFiles.limits()).build()));

    record ProviderYaml(String id, String name, List<String> pricingUrls, String apiPattern, String description,
            String priceComments, JsonNode modelMatch, JsonNode providerMatch, JsonNode extractors,
            List<String> fallbackModelProviders, List<ModelYaml> models) {
    }

    record ModelYaml(String id, String name, String description, JsonNode match, Long contextWindow,
            String priceComments, JsonNode prices, JsonNode priceDiscrepancies, String pricesChecked, Boolean collapse,
            Boolean deprecated, Boolean removed) {
    }

    /**
     * One set of prices per 1M tokens: base input / output / cache read / cache writes, the fee per request
     * (the catalogue's {@code requests_kcount} is USD per 1,000 requests), the tiers above them, and the
     * tiers in words for the note.
     */
    private record Rates(BigDecimal input, BigDecimal output, BigDecimal cachedInput, BigDecimal cacheWrite,
            BigDecimal cacheWrite1h, BigDecimal requestFee, List<TierRates> tierRates, String tiers, String quote) {
    }

    /** The kinds of token a tier can set a rate for, in {@link TierRates}' order. */
    private static final List<String> TIERED = List.of("input_mtok", "output_mtok", "cache_read_mtok",
            "cache_write_mtok", "cache_write_1h_mtok");

    @Override
    public List<CatalogueEntry> read(Path root, Collection<String> providers) {
        List<CatalogueEntry> entries = new ArrayList<>();
        for (String provider : providers.stream().sorted().toList()) {
            Path file = root.resolve("providers").resolve(provider + ".yml");
            String path = "providers/" + provider + ".yml";
            if (!Files.isRegularFile(file)) {
                throw new CatalogueException(path, null, null,
                        "missing: is this a genai-prices snapshot, and is '" + provider + "' one of its providers?");
            }
            ProviderYaml yaml = CatalogueFiles.read(mapper, root, file, null, ProviderYaml.class);
            if (yaml.models() == null) {
                throw new CatalogueException(path, null, "models", "missing: the provider lists no models");
            }
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < yaml.models().size(); i++) {
                ModelYaml model = yaml.models().get(i);
                if (model == null || model.id() == null || model.id().isBlank()) {
                    throw new CatalogueException(path, "#" + (i + 1), "models[" + i + "].id", "a model needs an id");
                }
                if (!ids.add(model.id())) {
                    throw new CatalogueException(path, provider + "/" + model.id(), "models[" + i + "].id",
                            "duplicate id '" + model.id() + "'");
                }
                entries.add(entry(provider, path, model));
            }
        }
        return entries;
    }

    private CatalogueEntry entry(String provider, String path, ModelYaml m) {
        String id = provider + "/" + m.id();
        CatalogueFiles.checkDate(path, id, "prices_checked", m.pricesChecked());
        CatalogueFiles.checkCount(path, id, "context_window", m.contextWindow());
        if (m.prices() == null) {
            throw new CatalogueException(path, id, "prices", "missing");
        }
        List<Skip> skipped = new ArrayList<>();
        String lifecycle = Boolean.TRUE.equals(m.removed()) ? "retired"
                : Boolean.TRUE.equals(m.deprecated()) ? "deprecated" : "available";
        String lifecycleQuote = Boolean.TRUE.equals(m.removed()) ? "removed: true"
                : Boolean.TRUE.equals(m.deprecated()) ? "deprecated: true" : "listed without deprecated or removed";
        Facts facts = new Facts(m.name() == null ? null : new Fact<>(m.name(), "name: " + m.name()), null,
                m.contextWindow() == null || m.contextWindow() <= 0 ? null
                        : new Fact<>(m.contextWindow(), "context_window: " + m.contextWindow()),
                null, null, null, null, null, null, null, null, null, new Fact<>(lifecycle, lifecycleQuote));
        return new CatalogueEntry(id, provider, path, facts, periods(path, id, m, skipped), List.of(),
                List.copyOf(skipped));
    }

    private List<PricePeriod> periods(String path, String id, ModelYaml m, List<Skip> skipped) {
        if (m.pricesChecked() == null) {
            skipped.add(new Skip("price", "no prices_checked date: nobody has recorded checking it"));
            return List.of();
        }
        JsonNode prices = m.prices();
        String comments = m.priceComments() == null ? "" : " Comment: " + m.priceComments();
        if (prices.isObject()) {
            Rates rates = rates(path, id, "prices", prices);
            return rates == null ? skipNoTokenPrice(skipped)
                    : List.of(period(null, m.pricesChecked(), null, rates, m, comments));
        }
        if (!prices.isArray() || prices.isEmpty()) {
            throw new CatalogueException(path, id, "prices", "must be a set of prices or a list of conditional prices");
        }
        List<PricePeriod> periods = new ArrayList<>();
        List<String> starts = new ArrayList<>();
        for (int i = 0; i < prices.size(); i++) {
            starts.add(startDate(path, id, i, prices.get(i)));
        }
        for (int i = 0; i < prices.size(); i++) {
            JsonNode conditional = prices.get(i);
            String field = "prices[" + i + "]";
            checkFields(path, id, field, conditional, Set.of("constraint", "prices"));
            Rates rates = rates(path, id, field + ".prices", conditional.get("prices"));
            if (rates == null) {
                skipped.add(new Skip("price " + field, "no positive input and output price per token"));
                continue;
            }
            JsonNode constraint = conditional.get("constraint");
            if (constraint != null && constraint.has("start_time")) {
                String start = time(path, id, field + ".constraint.start_time", constraint.get("start_time"));
                String end = time(path, id, field + ".constraint.end_time", constraint.get("end_time"));
                periods.add(period(start.replace(":", "") + "-" + end.replace(":", "") + "utc", m.pricesChecked(),
                        null, rates, m, " Applies " + start + "–" + end + " UTC only; at other hours the default price"
                                + " beside it applies." + comments));
                continue;
            }
            String until = nextStart(starts, i);
            String from = starts.get(i);
            boolean hasWindows = prices.valueStream().anyMatch(p -> p.path("constraint").has("start_time"));
            if (from == null && until == null) {
                from = m.pricesChecked();
            }
            String note = hasWindows && constraint == null
                    ? " The default price: it applies outside the time windows listed beside it." + comments
                    : comments;
            periods.add(period(null, from, until, rates, m, note));
        }
        return periods;
    }

    private static String startDate(String path, String id, int index, JsonNode conditional) {
        JsonNode constraint = conditional.get("constraint");
        if (constraint == null) {
            return null;
        }
        if (constraint.has("start_time")) {
            checkFields(path, id, "prices[" + index + "].constraint", constraint, Set.of("start_time", "end_time"));
            return null;
        }
        String field = "prices[" + index + "].constraint";
        checkFields(path, id, field, constraint, Set.of("start_date"));
        String date = constraint.get("start_date").asString();
        CatalogueFiles.checkDate(path, id, field + ".start_date", date);
        return date;
    }

    /** "00:30:00Z" → "00:30". */
    private static String time(String path, String id, String field, JsonNode node) {
        String value = node == null ? null : node.asString();
        if (value == null || !value.matches("\\d{2}:\\d{2}(:\\d{2})?Z?")) {
            throw new CatalogueException(path, id, field, "must be a time HH:MM[:SS][Z] (was " + value + ")");
        }
        return value.substring(0, 5);
    }

    /** A price history ends where the next dated price starts. */
    private static String nextStart(List<String> starts, int index) {
        for (int j = index + 1; j < starts.size(); j++) {
            if (starts.get(j) != null) {
                return starts.get(j);
            }
        }
        return null;
    }

    private static List<PricePeriod> skipNoTokenPrice(List<Skip> skipped) {
        skipped.add(new Skip("price", "no positive input and output price per token"));
        return List.of();
    }

    private static PricePeriod period(String variant, String from, String until, Rates rates, ModelYaml m,
            String note) {
        return new PricePeriod(variant, from, until, rates.input(), rates.output(), rates.cachedInput(),
                m.pricesChecked(), m.contextWindow(), rates.quote(), (rates.tiers() + note).trim(), rates.cacheWrite(),
                rates.cacheWrite1h(), rates.requestFee(), rates.tierRates());
    }

    private static Rates rates(String path, String id, String field, JsonNode prices) {
        if (prices == null || !prices.isObject()) {
            throw new CatalogueException(path, id, field, "must be a set of prices");
        }
        for (Map.Entry<String, JsonNode> price : prices.properties()) {
            if (!PRICE_FIELDS.contains(price.getKey())) {
                throw new CatalogueException(path, id, field + "." + price.getKey(),
                        "unknown field: not a price field of the catalogue's schema");
            }
            amount(path, id, field + "." + price.getKey(), price.getValue());
        }
        BigDecimal input = amount(path, id, field + ".input_mtok", prices.get("input_mtok"));
        BigDecimal output = amount(path, id, field + ".output_mtok", prices.get("output_mtok"));
        if (input == null || output == null || input.signum() == 0 || output.signum() == 0) {
            return null;
        }
        BigDecimal cached = amount(path, id, field + ".cache_read_mtok", prices.get("cache_read_mtok"));
        StringBuilder tiers = new StringBuilder();
        for (String key : List.of("input_mtok", "output_mtok")) {
            JsonNode tiered = prices.get(key);
            if (tiered.isObject()) {
                tiered.get("tiers")
                    .forEach(t -> tiers.append(key.startsWith("input") ? "Input" : "Output")
                        .append(" from ")
                        .append(t.get("start").asString())
                        .append(" tokens: $")
                        .append(CatalogueFiles.plain(t.get("price").decimalValue()))
                        .append(" per 1M. "));
            }
        }
        // a 5-minute write is the schema's cache_write_mtok, or cache_write_5m_mtok where it says so
        String writeField = prices.has("cache_write_mtok") ? "cache_write_mtok" : "cache_write_5m_mtok";
        BigDecimal write = amount(path, id, field + "." + writeField, prices.get(writeField));
        BigDecimal write1h = amount(path, id, field + ".cache_write_1h_mtok", prices.get("cache_write_1h_mtok"));
        BigDecimal perThousandRequests = amount(path, id, field + ".requests_kcount", prices.get("requests_kcount"));
        String quote = "input_mtok: " + CatalogueFiles.plain(input) + ", output_mtok: " + CatalogueFiles.plain(output)
                + (cached == null ? "" : ", cache_read_mtok: " + CatalogueFiles.plain(cached))
                + (write == null ? "" : ", " + writeField + ": " + CatalogueFiles.plain(write))
                + (write1h == null ? "" : ", cache_write_1h_mtok: " + CatalogueFiles.plain(write1h))
                + (perThousandRequests == null ? "" : ", requests_kcount: " + CatalogueFiles.plain(perThousandRequests));
        return new Rates(input, output, positive(cached), positive(write), positive(write1h),
                perThousandRequests == null || perThousandRequests.signum() == 0 ? null
                        : perThousandRequests.movePointLeft(3).stripTrailingZeros(),
                tierRates(prices, writeField), tiers.toString().trim() + (tiers.isEmpty() ? "" : " "), quote);
    }

    private static BigDecimal positive(BigDecimal rate) {
        return rate == null || rate.signum() == 0 ? null : rate;
    }

    /**
     * The tiers by threshold: each kind's tier price at that threshold, or {@code null} where that kind has
     * none (the schema's cliff model: input tokens past a tier's start put all tokens of a kind at its price).
     */
    private static List<TierRates> tierRates(JsonNode prices, String writeField) {
        java.util.TreeMap<Long, BigDecimal[]> byStart = new java.util.TreeMap<>();
        for (int kind = 0; kind < TIERED.size(); kind++) {
            String key = kind == 3 ? writeField : TIERED.get(kind);
            JsonNode tiered = prices.get(key);
            if (tiered != null && tiered.isObject()) {
                for (JsonNode tier : tiered.get("tiers")) {
                    byStart.computeIfAbsent(tier.get("start").asLong(), start -> new BigDecimal[TIERED.size()])[kind] =
                            tier.get("price").decimalValue();
                }
            }
        }
        return byStart.entrySet()
            .stream()
            .map(e -> new TierRates(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3],
                    e.getValue()[4]))
            .toList();
    }

    /** A number, or tiers {base, tiers: [{start, price}]} whose base is the price below the first tier. */
    private static BigDecimal amount(String path, String id, String field, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            BigDecimal value = node.decimalValue();
            CatalogueFiles.checkPrice(path, id, field, value);
            return value;
        }
        if (node.isObject()) {
            checkFields(path, id, field, node, Set.of("base", "tiers"));
            BigDecimal base = amount(path, id, field + ".base", node.get("base"));
            JsonNode tiers = node.get("tiers");
            if (base == null || tiers == null || !tiers.isArray()) {
                throw new CatalogueException(path, id, field, "tiered prices need a base and a list of tiers");
            }
            for (int i = 0; i < tiers.size(); i++) {
                JsonNode tier = tiers.get(i);
                checkFields(path, id, field + ".tiers[" + i + "]", tier, Set.of("start", "price"));
                if (!tier.path("start").isIntegralNumber() || tier.path("start").asLong() < 0) {
                    throw new CatalogueException(path, id, field + ".tiers[" + i + "].start",
                            "must be a token count (was " + tier.get("start") + ")");
                }
                if (!tier.path("price").isNumber()) {
                    throw new CatalogueException(path, id, field + ".tiers[" + i + "].price",
                            "must be a number (was " + tier.get("price") + ")");
                }
                CatalogueFiles.checkPrice(path, id, field + ".tiers[" + i + "].price", tier.get("price").decimalValue());
            }
            return base;
        }
        throw new CatalogueException(path, id, field, "must be a number or tiered prices (was " + node + ")");
    }

    private static void checkFields(String path, String id, String field, JsonNode node, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            throw new CatalogueException(path, id, field, "must be an object (was " + node + ")");
        }
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                throw new CatalogueException(path, id, field + "." + name, "unknown field: allowed are " + allowed);
            }
        }
    }
}
