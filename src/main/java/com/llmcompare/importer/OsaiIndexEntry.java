package com.llmcompare.importer;

import tools.jackson.databind.JsonNode;

/**
 * One entry of the European Open Source AI Index ({@code models/*.yaml} of its main database): the
 * system, its organisation, and its 12 openness criteria, each a class (open, partial, closed, or
 * empty for not applicable), an evidence link (one URL or a list) and notes. The fields are the
 * index's own; an unknown one stops the import.
 */
record OsaiIndexEntry(System system, Org org, Criterion datasourcesBasemodel, Criterion datasourcesEndmodel,
        Criterion weightsBasemodel, Criterion weightsEndmodel, Criterion trainingcode, Criterion code,
        Criterion hardwareArchitecture, Criterion preprint, Criterion paper, Criterion modelcard,
        Criterion datasheet, Criterion licenses) {

    record System(String name, JsonNode link, String type, String performanceclass, String basemodelname,
            String endmodelname, String endmodellicense, JsonNode releasedate, String notes) {
    }

    record Org(String name, JsonNode link, String notes) {
    }

    record Criterion(@com.fasterxml.jackson.annotation.JsonProperty("class") String rating, JsonNode link,
            JsonNode notes) {
    }

    /** The criteria under the index's keys, in its order. */
    java.util.Map<String, Criterion> criteria() {
        java.util.Map<String, Criterion> all = new java.util.LinkedHashMap<>();
        all.put("datasources_basemodel", datasourcesBasemodel);
        all.put("datasources_endmodel", datasourcesEndmodel);
        all.put("weights_basemodel", weightsBasemodel);
        all.put("weights_endmodel", weightsEndmodel);
        all.put("trainingcode", trainingcode);
        all.put("code", code);
        all.put("hardware_architecture", hardwareArchitecture);
        all.put("preprint", preprint);
        all.put("paper", paper);
        all.put("modelcard", modelcard);
        all.put("datasheet", datasheet);
        all.put("licenses", licenses);
        return all;
    }
}
