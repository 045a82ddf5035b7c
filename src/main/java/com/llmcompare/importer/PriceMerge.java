package com.llmcompare.importer;

import java.util.ArrayList;
import java.util.List;

import com.llmcompare.importer.CatalogueEntry.PricePeriod;
import com.llmcompare.importer.ImportReport.Kind;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Merges an entry's prices into {@code prices.json}, keeping history: a price is identified by
 * its entry, offer variant and start date; a new price of the same offer closes the validity of
 * the one before it. Curated prices are never touched; a catalogue price that differs from the
 * curated prices at the same provider on the snapshot's date is a conflict, shown beside them.
 */
final class PriceMerge {

    private final ImportReport report;

    private final Catalogue catalogue;

    private final Mapping mapping;

    private final String snapshotNote;

    private final String snapshotDate;

    /** The amounts that make two prices of one offer the same price. */
    private static final List<String> RATES = List.of("input", "output", "cachedInput", "cacheWrite", "cacheWrite1h",
            "requestFee", "tiers");

    PriceMerge(ImportReport report, Catalogue catalogue, Mapping mapping, Snapshot snapshot, String snapshotNote) {
        this.report = report;
        this.catalogue = catalogue;
        this.mapping = mapping;
        this.snapshotNote = snapshotNote;
        this.snapshotDate = snapshot.date();
    }

    void merge(String slug, ObjectNode model, CatalogueEntry entry, String source, ArrayNode prices) {
        for (PricePeriod period : entry.prices()) {
            String from = period.validFrom();
            String note = period.note();
            if (from == null) {
                from = Nodes.string(model.path("release").get("date"));
                if (from == null || (period.validUntil() != null && from.compareTo(period.validUntil()) > 0)) {
                    report.add(Kind.SKIPPED, slug, entry.id(), "price until " + period.validUntil(),
                            "the first price of a history has no start date, and the model has no release date before"
                                    + " its end");
                    continue;
                }
                note = ("The catalogue gives no start for its first price: counted from the model's release. " + note)
                    .trim();
            }
            ObjectNode price = price(slug, entry, source, period, from, note);
            merge(slug, entry, source, period.variant(), price, prices);
        }
    }

    private void merge(String slug, CatalogueEntry entry, String source, String variant, ObjectNode price,
            ArrayNode prices) {
        String what = "price " + price.path("offer").asString() + " from " + price.path("validFrom").asString();
        for (JsonNode node : prices) {
            if (node.path("id").asString().equals(price.path("id").asString())) {
                ObjectNode existing = (ObjectNode) node;
                if (samePrice(existing, price)) {
                    report.add(Kind.UNCHANGED, slug, entry.id(), what, null);
                }
                else {
                    String was = amounts(existing);
                    String until = existing.path("validUntil").isNull() ? null : existing.path("validUntil").asString();
                    String note = existing.path("note").asString();
                    existing.setAll(price);
                    if (price.path("validUntil").isNull() && until != null) {
                        existing.put("validUntil", until);
                        existing.put("note", note);
                    }
                    report.add(Kind.CHANGED, slug, entry.id(), what, "was " + was + ", now " + amounts(price));
                }
                return;
            }
        }
        ObjectNode restated = currentOfSameOffer(source, variant, price, prices);
        if (restated != null) {
            String checked = price.path("lastChecked").asString();
            if (checked.compareTo(restated.path("lastChecked").asString()) > 0) {
                restated.put("lastChecked", checked);
                report.add(Kind.CHANGED, slug, entry.id(), "price " + restated.path("offer").asString() + " from "
                        + restated.path("validFrom").asString(), "same price, checked again on " + checked);
            }
            else {
                report.add(Kind.UNCHANGED, slug, entry.id(), what, null);
            }
            return;
        }
        closeEarlier(slug, entry, source, variant, price, prices);
        prices.add(price);
        String curated = curatedDisagreement(slug, price, prices);
        if (curated != null) {
            report.add(Kind.CONFLICTING, slug, entry.id(), what, amounts(price) + "; " + curated);
        }
        else {
            report.add(Kind.ADDED, slug, entry.id(), what, amounts(price));
        }
    }

    /**
     * A current price this catalogue gave, citing an entry that no longer gives prices in the snapshot (the model
     * is gone from the catalogue, or its offer is), ends on the snapshot's date: a price the catalogue stopped
     * listing is not kept as current for ever. It stays in the history, with the reason in its note.
     */
    void endUnlisted(java.util.Set<String> priced, ArrayNode prices) {
        String prefix = catalogue.id() + ".";
        for (JsonNode node : prices) {
            ObjectNode price = (ObjectNode) node;
            if (!"catalogue".equals(price.path("origin").asString()) || !price.path("validUntil").isNull()
                    || price.path("sources").size() != 1) {
                continue;
            }
            String source = price.path("sources").get(0).asString();
            if (!source.startsWith(prefix) || priced.contains(source)
                    || price.path("validFrom").asString().compareTo(snapshotDate) >= 0) {
                continue;
            }
            String was = amounts(price);
            price.put("validUntil", snapshotDate);
            price.put("note", (price.path("note").asString() + " No longer listed from " + snapshotDate + " ("
                    + snapshotNote + ").").trim());
            report.add(Kind.CHANGED, price.path("model").asString(), source.substring(prefix.length()), "price "
                    + price.path("offer").asString() + " from " + price.path("validFrom").asString(),
                    "no longer listed: valid until " + snapshotDate + " (was " + was + ")");
        }
    }

    /**
     * The current price of the same offer when it has the same amounts: a later snapshot stating a
     * price again, under a later date, is the same price (checked again), not a new one.
     */
    private static ObjectNode currentOfSameOffer(String source, String variant, ObjectNode price, ArrayNode prices) {
        if (!price.path("validUntil").isNull()) {
            return null;
        }
        for (JsonNode node : prices) {
            if (isOffer(node, source, variant) && node.path("validUntil").isNull()
                    && RATES.stream().allMatch(f -> Nodes.same(node.get(f), price.get(f)))) {
                return (ObjectNode) node;
            }
        }
        return null;
    }

    /** An imported price of one entry's offer (its id is made of the entry's source and the variant). */
    private static boolean isOffer(JsonNode node, String source, String variant) {
        return "catalogue".equals(node.path("origin").asString()) && node.path("sources").size() == 1
                && source.equals(node.path("sources").get(0).asString())
                && node.path("id").asString().equals(id(source, variant, node.path("validFrom").asString()));
    }

    /** A new price of the same offer ends the validity of the one that was current. */
    private void closeEarlier(String slug, CatalogueEntry entry, String source, String variant, ObjectNode price,
            ArrayNode prices) {
        String from = price.path("validFrom").asString();
        for (JsonNode node : prices) {
            ObjectNode existing = (ObjectNode) node;
            if (isOffer(existing, source, variant) && existing.path("validUntil").isNull()
                    && existing.path("validFrom").asString().compareTo(from) < 0) {
                existing.put("validUntil", from);
                existing.put("note", (existing.path("note").asString() + " Superseded from " + from + " ("
                        + snapshotNote + ").").trim());
                report.add(Kind.CHANGED, slug, entry.id(), "price " + existing.path("offer").asString() + " from "
                        + existing.path("validFrom").asString(), "closed: valid until " + from + " (was "
                                + amounts(existing) + ")");
            }
        }
    }

    /**
     * Curated current prices at the same provider, none with these amounts: both are shown, and this
     * is said. (A provider can sell a model at several prices, per context size or fine-tuned: one
     * that agrees is enough.)
     */
    private String curatedDisagreement(String slug, ObjectNode price, ArrayNode prices) {
        if (!price.path("validUntil").isNull()) {
            return null;
        }
        List<String> differing = new ArrayList<>();
        boolean agreeing = false;
        for (JsonNode node : prices) {
            if (slug.equals(node.path("model").asString()) && !"catalogue".equals(node.path("origin").asString())
                    && validOn(node, snapshotDate)
                    && node.path("provider").asString().equalsIgnoreCase(price.path("provider").asString())
                    && "tokens".equals(node.path("unit").asString())) {
                boolean same = perMillion(node, "input").compareTo(perMillion(price, "input")) == 0
                        && perMillion(node, "output").compareTo(perMillion(price, "output")) == 0;
                agreeing |= same;
                if (!same) {
                    differing.add("the curated price " + node.path("id").asString() + " says $"
                            + CatalogueFiles.plain(perMillion(node, "input")) + " / $"
                            + CatalogueFiles.plain(perMillion(node, "output")) + " per 1M");
                }
            }
        }
        return agreeing || differing.isEmpty() ? null : String.join("; ", differing);
    }

    /** The catalogue states its current prices as of its snapshot: compare with ours on that day. */
    private static boolean validOn(JsonNode price, String date) {
        String until = Nodes.string(price.get("validUntil"));
        return price.path("validFrom").asString().compareTo(date) <= 0 && (until == null || until.compareTo(date) > 0);
    }

    private static java.math.BigDecimal perMillion(JsonNode price, String field) {
        return price.path(field).decimalValue()
            .multiply(java.math.BigDecimal.valueOf(1_000_000))
            .divide(price.path("per").decimalValue(), java.math.MathContext.DECIMAL64);
    }

    private ObjectNode price(String slug, CatalogueEntry entry, String source, PricePeriod period, String from,
            String note) {
        String offer = entry.id().substring(entry.id().indexOf('/') + 1)
                + (period.variant() == null ? "" : " (" + period.variant() + ")") + " — " + catalogue.displayName();
        ObjectNode price = Nodes.object();
        price.put("id", id(source, period.variant(), from));
        price.put("model", slug);
        price.put("provider", mapping.providerName(catalogue, entry.provider()));
        price.put("offer", offer);
        price.put("unit", "tokens");
        price.put("per", 1_000_000);
        price.set("input", Nodes.decimal(period.input()));
        price.set("output", Nodes.decimal(period.output()));
        price.set("cachedInput", Nodes.decimal(period.cachedInput()));
        price.put("validFrom", from);
        price.set("validUntil", Nodes.text(period.validUntil()));
        price.put("lastChecked", period.lastChecked());
        price.set("contextTokens", period.contextTokens() == null ? Nodes.FACTORY.nullNode()
                : Nodes.number(period.contextTokens()));
        price.putArray("sources").add(source);
        price.put("quote", period.quote());
        price.put("confidence", "medium");
        price.put("origin", "catalogue");
        price.put("note", (snapshotNote + ". " + (note == null ? "" : note)).trim());
        // the billing dimensions only where the offer has them, so a price without them reads as before
        putIfPresent(price, "cacheWrite", period.cacheWrite());
        putIfPresent(price, "cacheWrite1h", period.cacheWrite1h());
        putIfPresent(price, "requestFee", period.requestFee());
        if (!period.tiers().isEmpty()) {
            ArrayNode tiers = price.putArray("tiers");
            for (CatalogueEntry.TierRates t : period.tiers()) {
                ObjectNode tier = tiers.addObject();
                tier.put("above", t.above());
                putIfPresent(tier, "input", t.input());
                putIfPresent(tier, "output", t.output());
                putIfPresent(tier, "cachedInput", t.cachedInput());
                putIfPresent(tier, "cacheWrite", t.cacheWrite());
                putIfPresent(tier, "cacheWrite1h", t.cacheWrite1h());
            }
        }
        return price;
    }

    private static void putIfPresent(ObjectNode node, String field, java.math.BigDecimal value) {
        if (value != null) {
            node.set(field, Nodes.decimal(value));
        }
    }

    /** "p-" + the entry's source id + the offer variant + the start date: stable across runs. */
    static String id(String source, String variant, String from) {
        return "p-" + source + (variant == null ? "" : "-" + variant) + "-" + from;
    }

    /** The same price, whichever snapshot stated it first (the note names that one). */
    private static boolean samePrice(ObjectNode a, ObjectNode b) {
        for (String field : List.of("model", "provider", "offer", "input", "output", "cachedInput", "cacheWrite",
                "cacheWrite1h", "requestFee", "tiers", "lastChecked", "contextTokens", "quote")) {
            if (!Nodes.same(a.get(field), b.get(field))) {
                return false;
            }
        }
        return b.path("validUntil").isNull() || Nodes.same(a.get("validUntil"), b.get("validUntil"));
    }

    private static String amounts(ObjectNode price) {
        return "$" + CatalogueFiles.plain(price.path("input").decimalValue()) + " / $"
                + CatalogueFiles.plain(price.path("output").decimalValue()) + " per 1M, checked "
                + price.path("lastChecked").asString();
    }
}
