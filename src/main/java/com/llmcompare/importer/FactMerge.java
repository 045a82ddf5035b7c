package com.llmcompare.importer;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;

import com.llmcompare.importer.CatalogueEntry.Fact;
import com.llmcompare.importer.CatalogueEntry.Facts;
import com.llmcompare.importer.ImportReport.Kind;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Merges one catalogue entry's facts into a model file. Each value becomes a claim citing the
 * entry. The value shown (the headline) is set only where nothing stated it yet; a value from a
 * primary source is never overwritten, and a catalogue that disagrees with the value shown is kept
 * as a claim beside it (a conflict, shown on the model page).
 */
final class FactMerge {

    private static final DecimalFormat GROUPED = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));

    private final ImportReport report;

    private final Mapping mapping;

    private final String note;

    FactMerge(ImportReport report, Mapping mapping, String note) {
        this.report = report;
        this.mapping = mapping;
        this.note = note;
    }

    void merge(String slug, ObjectNode model, CatalogueEntry entry, String source) {
        Facts facts = entry.facts();
        Context at = new Context(slug, entry.id(), source);
        if (facts.release() != null) {
            String date = facts.release().value();
            merge(at, "release date", object(model, "release", null), "date", Nodes.text(date),
                    claim(date, null, null, source, facts.release().quote()), FactMerge::datesAgree,
                    c -> c.get("value"));
        }
        if (facts.contextTokens() != null) {
            long tokens = facts.contextTokens().value();
            merge(at, "context window", object(model, "context", null), "tokens", Nodes.number(tokens),
                    claim(GROUPED.format(tokens) + " tokens", (double) tokens, null, source,
                            facts.contextTokens().quote()),
                    Nodes::same, c -> c.get("number"));
            preferTheExactWindow(object(model, "context", null));
        }
        if (facts.parameters() != null) {
            count(at, "parameters", object(model, "parameters", null), facts.parameters(), " parameters");
        }
        if (facts.trainingTokens() != null) {
            count(at, "training tokens", object(model, "trainingTokens", "context"), facts.trainingTokens(),
                    " training tokens");
        }
        if (facts.openWeights() != null) {
            boolean open = facts.openWeights().value();
            merge(at, "open weights", object(model, "access", null), "weightsDownloadable",
                    Nodes.FACTORY.booleanNode(open),
                    claim(open ? "weights downloadable" : "weights not downloadable", null, null, source,
                            facts.openWeights().quote()),
                    Nodes::same, c -> Nodes.FACTORY.booleanNode(c.path("value").asString().startsWith("weights down")),
                    c -> c.path("value").asString().startsWith("weights "));
        }
        if (facts.license() != null) {
            license(at, model, facts.license());
        }
    }

    /**
     * Catalogues round windows (131,000 for 131,072; 8,000 for 8,192): where the value shown, set by a
     * catalogue, is a round thousand and another claim states the exact power-of-two-based window within
     * 3%, the exact one is shown and the rounded one stays a claim (the validator refuses the other way).
     */
    static void preferTheExactWindow(ObjectNode context) {
        JsonNode shown = context.get("tokens");
        ArrayNode claims = Nodes.arrayAt(context, "claims");
        boolean curated = claims.valueStream().anyMatch(c -> !"catalogue".equals(c.path("origin").asString()));
        if (curated || shown == null || !shown.isNumber()) {
            return;
        }
        long tokens = shown.asLong();
        if (tokens % 1000 != 0 || tokens % 1024 == 0) {
            return;
        }
        claims.valueStream()
            .map(c -> c.path("number"))
            .filter(JsonNode::isNumber)
            .map(JsonNode::asLong)
            .filter(n -> n % 1024 == 0 && n != tokens && Math.abs(n - tokens) <= 0.03 * n)
            .findFirst()
            .ifPresent(exact -> context.set("tokens", Nodes.number(exact)));
    }

    private record Context(String slug, String entry, String source) {
    }

    /** Parameters and training tokens: a count, and its status "disclosed" once a count is known. */
    private void count(Context at, String what, ObjectNode fact, Fact<Double> count, String unit) {
        if (!fact.has("status")) {
            fact.put("status", "undisclosed");
            fact.putNull("count");
        }
        double value = count.value();
        Kind kind = merge(at, what, fact, "count", Nodes.number(value),
                claim(short_(value) + unit, value, "disclosed", at.source(), count.quote()), Nodes::same,
                c -> c.get("number"));
        if (!Nodes.isMissing(fact.get("count")) && "undisclosed".equals(fact.path("status").asString())
                && kind != Kind.CONFLICTING) {
            fact.put("status", "disclosed");
        }
    }

    private Kind merge(Context at, String what, ObjectNode fact, String headlineKey, JsonNode incoming,
            ObjectNode claim, BiPredicate<JsonNode, JsonNode> agree, Function<ObjectNode, JsonNode> headlineOf) {
        return merge(at, what, fact, headlineKey, incoming, claim, agree, headlineOf, c -> true);
    }

    /**
     * {@code statesThis} picks, among the claims citing the entry, the one about this value (an entry
     * can state several things about one fact: that it is offered, and whether its weights are open).
     */
    private Kind merge(Context at, String what, ObjectNode fact, String headlineKey, JsonNode incoming,
            ObjectNode claim, BiPredicate<JsonNode, JsonNode> agree, Function<ObjectNode, JsonNode> headlineOf,
            java.util.function.Predicate<ObjectNode> statesThis) {
        ArrayNode claims = Nodes.arrayAt(fact, "claims");
        JsonNode headline = fact.get(headlineKey);
        boolean curated = claims.valueStream().anyMatch(c -> !"catalogue".equals(c.path("origin").asString()));
        for (int i = 0; i < claims.size(); i++) {
            ObjectNode existing = (ObjectNode) claims.get(i);
            if (!at.source().equals(existing.path("source").asString()) || !statesThis.test(existing)) {
                continue;
            }
            if (sameClaim(existing, claim)) {
                report.add(Kind.UNCHANGED, at.slug(), at.entry(), what, null);
                return Kind.UNCHANGED;
            }
            JsonNode old = headlineOf.apply(existing);
            claims.set(i, claim);
            if (!curated && !Nodes.isMissing(headline) && agree.test(headline, old)) {
                fact.set(headlineKey, incoming);
            }
            report.add(Kind.CHANGED, at.slug(), at.entry(), what, "was " + text(old) + ", now " + text(incoming));
            return Kind.CHANGED;
        }
        // A value shown that no claim states (a new model's "weights not downloadable" before any
        // catalogue said so) is a placeholder, not a value: the first catalogue replaces it.
        boolean backed = !Nodes.isMissing(headline) && claims.valueStream()
            .map(c -> (ObjectNode) c)
            .filter(statesThis)
            .anyMatch(c -> agree.test(headline, headlineOf.apply(c)));
        claims.add(claim);
        if (!curated && (Nodes.isMissing(headline) || !backed)) {
            fact.set(headlineKey, incoming);
            report.add(Kind.ADDED, at.slug(), at.entry(), what, text(incoming));
            return Kind.ADDED;
        }
        if (!Nodes.isMissing(headline) && agree.test(headline, incoming)) {
            report.add(Kind.ADDED, at.slug(), at.entry(), what, "a claim backing " + text(headline));
            return Kind.ADDED;
        }
        report.add(Kind.CONFLICTING, at.slug(), at.entry(), what, "the catalogue says " + text(incoming)
                + "; the value shown stays " + (Nodes.isMissing(headline) ? "not stated" : text(headline))
                + (curated ? " (from a curated source)" : " (from another catalogue)"));
        return Kind.CONFLICTING;
    }

    /** Licences are curated: a catalogue's licence is only checked against ours. */
    private void license(Context at, ObjectNode model, Fact<String> license) {
        String ours = model.path("license").asString();
        String theirs = mapping.license(license.value()).orElse(null);
        if (theirs == null) {
            report.add(Kind.SKIPPED, at.slug(), at.entry(), "licence",
                    "'" + license.value() + "' is not in the mapping's licence table");
        }
        else if (theirs.equals(ours) || ("proprietary".equals(theirs) && ours.startsWith("proprietary"))) {
            report.add(Kind.UNCHANGED, at.slug(), at.entry(), "licence", null);
        }
        else {
            report.add(Kind.CONFLICTING, at.slug(), at.entry(), "licence",
                    "the catalogue says '" + license.value() + "'; the licence shown stays " + ours + " (curated)");
        }
    }

    /** Merges capabilities: set from the first catalogue that gives them, checked against them after. */
    void capabilities(String slug, ObjectNode model, CatalogueEntry entry, String source) {
        Facts f = entry.facts();
        ObjectNode wanted = Nodes.object();
        putFact(wanted, "inputModalities", f.inputModalities());
        putFact(wanted, "outputModalities", f.outputModalities());
        putFact(wanted, "toolCalling", f.toolCalling());
        putFact(wanted, "maxOutputTokens", f.maxOutputTokens());
        putFact(wanted, "knowledgeCutoff", f.knowledgeCutoff());
        if (wanted.isEmpty()) {
            return;
        }
        wanted.put("source", source);
        wanted.put("note", note + ": " + quotes(f));
        JsonNode current = model.get("capabilities");
        if (Nodes.isMissing(current)) {
            Nodes.insertAfter(model, "lifecycle", "capabilities", wanted);
            report.add(Kind.ADDED, slug, entry.id(), "capabilities", quotes(f));
            return;
        }
        ObjectNode caps = (ObjectNode) current;
        if (source.equals(caps.path("source").asString())) {
            boolean changed = List.of("inputModalities", "outputModalities", "toolCalling", "maxOutputTokens",
                    "knowledgeCutoff").stream().anyMatch(key -> !Nodes.same(caps.get(key), wanted.get(key)));
            if (!changed) {
                report.add(Kind.UNCHANGED, slug, entry.id(), "capabilities", null);
                return;
            }
            JsonNode claims = caps.get("claims");
            caps.removeAll();
            caps.setAll(wanted);
            if (claims != null) {
                caps.set("claims", claims);
            }
            report.add(Kind.CHANGED, slug, entry.id(), "capabilities", quotes(f));
            return;
        }
        for (String key : wanted.propertyNames()) {
            if (key.equals("source") || key.equals("note")) {
                continue;
            }
            capability(slug, entry, source, caps, key, wanted.get(key), f);
        }
    }

    /** One capability from a catalogue that does not own the block: checked, a disagreement kept as a claim. */
    private void capability(String slug, CatalogueEntry entry, String source, ObjectNode caps, String key,
            JsonNode value, Facts f) {
        String what = label(key);
        JsonNode shown = caps.get(key);
        if (Nodes.isMissing(shown)) {
            report.add(Kind.SKIPPED, slug, entry.id(), what, display(value) + ": the capabilities shown come from "
                    + caps.path("source").asString() + ", which leaves it out");
            return;
        }
        if (agrees(key, shown, value)) {
            report.add(Kind.UNCHANGED, slug, entry.id(), what, null);
            return;
        }
        ArrayNode claims = Nodes.arrayAt(caps, "claims");
        ObjectNode claim = claim(what + ": " + display(value), null, null, source, quote(key, f));
        for (int i = 0; i < claims.size(); i++) {
            JsonNode existing = claims.get(i);
            if (source.equals(existing.path("source").asString())
                    && existing.path("value").asString().startsWith(what + ":")) {
                if (sameClaim((ObjectNode) existing, claim)) {
                    report.add(Kind.UNCHANGED, slug, entry.id(), what, null);
                }
                else {
                    claims.set(i, claim);
                    report.add(Kind.CHANGED, slug, entry.id(), what, display(value));
                }
                return;
            }
        }
        claims.add(claim);
        report.add(Kind.CONFLICTING, slug, entry.id(), what, "the catalogue says " + display(value)
                + "; the value shown stays " + display(shown) + " (from " + caps.path("source").asString() + ")");
    }

    private static boolean agrees(String key, JsonNode shown, JsonNode value) {
        return "knowledgeCutoff".equals(key) ? datesAgree(shown, value) : Nodes.same(shown, value);
    }

    private static String label(String key) {
        return switch (key) {
            case "inputModalities" -> "input modalities";
            case "outputModalities" -> "output modalities";
            case "toolCalling" -> "tool calling";
            case "maxOutputTokens" -> "max output tokens";
            default -> "knowledge cut-off";
        };
    }

    private static String quote(String key, Facts f) {
        Fact<?> fact = switch (key) {
            case "inputModalities" -> f.inputModalities();
            case "outputModalities" -> f.outputModalities();
            case "toolCalling" -> f.toolCalling();
            case "maxOutputTokens" -> f.maxOutputTokens();
            default -> f.knowledgeCutoff();
        };
        return fact == null ? null : fact.quote();
    }

    private static String quotes(Facts f) {
        return String.join("; ",
                java.util.stream.Stream.of(f.inputModalities(), f.outputModalities(), f.toolCalling(),
                        f.maxOutputTokens(), f.knowledgeCutoff())
                    .filter(Objects::nonNull)
                    .map(Fact::quote)
                    .toList());
    }

    private static void putFact(ObjectNode target, String key, Fact<?> fact) {
        if (fact == null) {
            return;
        }
        Object value = fact.value();
        if (value instanceof List<?> list) {
            ArrayNode array = target.putArray(key);
            list.forEach(item -> array.add(String.valueOf(item)));
        }
        else if (value instanceof Boolean b) {
            target.put(key, b);
        }
        else if (value instanceof Number n) {
            target.set(key, Nodes.number(n.doubleValue()));
        }
        else {
            target.put(key, String.valueOf(value));
        }
    }

    ObjectNode claim(String value, Double number, String status, String source, String quote) {
        ObjectNode claim = Nodes.object();
        claim.put("value", value);
        if (number != null) {
            claim.set("number", Nodes.number(number));
        }
        claim.put("source", source);
        claim.put("quote", quote);
        claim.put("confidence", "medium");
        claim.put("origin", "catalogue");
        claim.put("note", note);
        claim.put("unverified", false);
        if (status != null) {
            claim.put("status", status);
        }
        return claim;
    }

    /** The same statement, whichever snapshot it was read from (the note names the first one). */
    private static boolean sameClaim(ObjectNode a, ObjectNode b) {
        return Nodes.same(a.get("value"), b.get("value")) && Nodes.same(a.get("number"), b.get("number"))
                && Nodes.same(a.get("quote"), b.get("quote")) && Nodes.same(a.get("status"), b.get("status"));
    }

    /** A fact's object, created with an empty list of claims when the model file has none. */
    private static ObjectNode object(ObjectNode model, String key, String after) {
        JsonNode node = model.get(key);
        if (node instanceof ObjectNode object) {
            return object;
        }
        ObjectNode created = Nodes.object();
        Nodes.insertAfter(model, after == null ? key : after, key, created);
        return created;
    }

    /** "2024-09" and "2024-09-19" agree: one is the other to a coarser precision. */
    static boolean datesAgree(JsonNode a, JsonNode b) {
        String x = Nodes.string(a);
        String y = Nodes.string(b);
        return x != null && y != null && (x.startsWith(y) || y.startsWith(x));
    }

    private static String text(JsonNode node) {
        return Nodes.isMissing(node) ? "nothing" : node.isNumber() ? GROUPED.format(node.doubleValue()) : node.asString();
    }

    private static String display(JsonNode node) {
        if (node.isArray()) {
            return String.join(", ", node.valueStream().map(JsonNode::asString).toList());
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? "yes" : "no";
        }
        return text(node);
    }

    /** 70e9 → "70B", 1.5e13 → "15T". */
    private static String short_(double value) {
        DecimalFormat trim = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.US));
        if (value >= 1e12) {
            return trim.format(value / 1e12) + "T";
        }
        if (value >= 1e9) {
            return trim.format(value / 1e9) + "B";
        }
        if (value >= 1e6) {
            return trim.format(value / 1e6) + "M";
        }
        return GROUPED.format(value);
    }
}
