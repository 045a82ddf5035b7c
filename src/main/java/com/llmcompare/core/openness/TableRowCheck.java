package com.llmcompare.core.openness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import com.llmcompare.core.model.LanguageModel;
import com.llmcompare.core.model.License;
import com.llmcompare.core.openness.OpennessLevel;

/**
 * A test of a general claim in the articles' open-vs-closed table against the models in the
 * data set ("open models use Apache or MIT licences"). A row of {@code data/tradeoffs.json}
 * names its checks; the models that contradict the claim come from their facts and audits, so
 * no model is named here.
 */
public enum TableRowCheck {

    GATED_WEIGHTS("gated-weights", true, "weights downloadable only after a request or a licence acceptance",
            model -> model.getOpennessAudit().weightsGated()),
    NOT_OSI_LICENSE("not-osi-licence", true, "a licence that is not OSI-approved",
            model -> !model.getOpennessInputs().osiApprovedLicense()),
    NO_TRAINING_CODE("no-training-code", true, "no public training code",
            model -> !model.getOpennessInputs().trainingCodePublic()),
    UNDOCUMENTED_TRAINING_DATA("undocumented-training-data", true, "training data that is not documented",
            model -> !model.getOpennessInputs().trainingDataDocumented()),
    CONDITIONAL_COMMERCIAL_USE("conditional-commercial-use", true, "conditions on commercial use in the licence",
            model -> "conditional".equals(model.getLicense().getCommercialUse())),
    CLOSED_FINE_TUNING("closed-fine-tuning", false, "fine-tuning offered by the vendor",
            model -> Boolean.TRUE.equals(model.getFineTuningAvailable()));

    /** Models that contradict a row, grouped by licence where the check is about licences. */
    public record Finding(TableRowCheck check, List<ModelGroup> groups) {

        public int modelCount() {
            return groups.stream().mapToInt(group -> group.models().size()).sum();
        }
    }

    /** Models sharing a licence (or all of them, when {@code license} is null). */
    public record ModelGroup(License license, List<LanguageModel> models) {
    }

    private final String id;

    private final boolean openSide;

    private final String description;

    private final Predicate<LanguageModel> contradicts;

    TableRowCheck(String id, boolean openSide, String description, Predicate<LanguageModel> contradicts) {
        this.id = id;
        this.openSide = openSide;
        this.description = description;
        this.contradicts = contradicts;
    }

    public static Optional<TableRowCheck> fromId(String id) {
        return Arrays.stream(values()).filter(check -> check.id.equals(id)).findFirst();
    }

    /** The models of the claim's side (open: weights downloadable; closed: not) that contradict it. */
    public Optional<Finding> apply(List<LanguageModel> models) {
        List<LanguageModel> found = models.stream()
            .filter(model -> (model.getOpennessLevel() != OpennessLevel.CLOSED) == openSide)
            .filter(contradicts)
            .sorted(Comparator.comparing(LanguageModel::getName))
            .toList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (this != NOT_OSI_LICENSE && this != CONDITIONAL_COMMERCIAL_USE) {
            return Optional.of(new Finding(this, List.of(new ModelGroup(null, found))));
        }
        Map<String, List<LanguageModel>> byLicense = new LinkedHashMap<>();
        Map<String, License> licenses = new LinkedHashMap<>();
        found.stream().sorted(Comparator.comparing(model -> model.getLicense().getName())).forEach(model -> {
            byLicense.computeIfAbsent(model.getLicense().getSlug(), slug -> new ArrayList<>()).add(model);
            licenses.putIfAbsent(model.getLicense().getSlug(), model.getLicense());
        });
        return Optional.of(new Finding(this, byLicense.entrySet()
            .stream()
            .map(entry -> new ModelGroup(licenses.get(entry.getKey()), entry.getValue()))
            .toList()));
    }

    public String getId() {
        return id;
    }

    /** True when the check tests the open column's claim, false for the closed column's. */
    public boolean isOpenSide() {
        return openSide;
    }

    /** What the contradicting models have: "a licence that is not OSI-approved". */
    public String getDescription() {
        return description;
    }
}
