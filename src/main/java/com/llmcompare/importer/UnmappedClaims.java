package com.llmcompare.importer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.llmcompare.importer.ImportReport.Kind;
import com.llmcompare.importer.Mapping.ModelMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A claim in a model file that cites an entry of this catalogue no longer mapped to that model is
 * removed: the mapping was corrected (a later version was mapped by mistake), so what that entry
 * said is not about this model. The headline value it backed must then rest on another claim, or the
 * merged data set will not load and the import says which.
 */
final class UnmappedClaims {

    private UnmappedClaims() {
    }

    static void sweep(Catalogue catalogue, Mapping mapping, DataFolder data, ImportReport report) {
        if (catalogue.isBoard()) {
            return;
        }
        String prefix = catalogue.id() + ".";
        for (String slug : data.modelSlugs()) {
            Set<String> mapped = new HashSet<>();
            mapping.models().stream().filter(m -> m.slug().equals(slug)).map(ModelMapping::entries)
                .forEach(entries -> entries.getOrDefault(catalogue, List.of())
                    .forEach(id -> mapped.add(catalogue.sourceId(id))));
            sweep(data.model(slug), prefix, mapped, slug, report);
        }
    }

    private static void sweep(JsonNode node, String prefix, Set<String> mapped, String slug, ImportReport report) {
        if (node instanceof ArrayNode array) {
            for (int i = array.size() - 1; i >= 0; i--) {
                JsonNode item = array.get(i);
                String source = item.path("source").asString("");
                if (item.isObject() && source.startsWith(prefix) && !mapped.contains(source)) {
                    report.add(Kind.REMOVED, slug, source, "claim " + item.path("value").asString(""),
                            "the entry is no longer mapped to this model");
                    array.remove(i);
                }
                else {
                    sweep(item, prefix, mapped, slug, report);
                }
            }
        }
        else if (node instanceof ObjectNode object) {
            object.properties().forEach(property -> sweep(property.getValue(), prefix, mapped, slug, report));
        }
    }
}
