package com.llmcompare.importer;

import java.time.temporal.ChronoUnit;

import com.llmcompare.core.calendar.PartialDates;

import tools.jackson.databind.node.ObjectNode;

/**
 * One catalogue entry, one model version: a dated snapshot released long after the model
 * ("gpt-3.5-turbo-0125", 2024, mapped to the GPT-3.5 Turbo of 2023) is sold as an offer of the model,
 * but its scores are another version's and are not merged into this one. (Its facts still come in as
 * claims, where a disagreement stays visible: catalogues misdate models, and a wrong date must not
 * hide a fact.)
 */
final class EntryVersions {

    /** Days after the model's release within which a dated snapshot counts as the same version. */
    static final int SAME_VERSION_DAYS = 180;

    private EntryVersions() {
    }

    /** Why the entry is a later version than the model, or null when it is the same one (or undated). */
    static String laterVersion(CatalogueEntry entry, ObjectNode model) {
        if (entry.facts().release() == null || !model.path("release").path("date").isString()) {
            return null;
        }
        String entryDate = entry.facts().release().value();
        String modelDate = model.path("release").path("date").asString();
        long days = ChronoUnit.DAYS.between(PartialDates.latest(modelDate), PartialDates.earliest(entryDate));
        if (days <= SAME_VERSION_DAYS) {
            return null;
        }
        return "a later version (released " + entryDate + ", " + days + " days after the model's " + modelDate
                + "): its scores are not this version's";
    }
}
