package com.llmcompare.core.openness;

import java.util.Arrays;
import java.util.Optional;

/**
 * The 14 features of the "Opening up ChatGPT" openness tracker (Liesenfeld, Lopez &amp; Dingemanse,
 * CUI '23), in the tracker's order and with its keys, so an audit file reads like a tracker entry.
 */
public enum OpennessFeature {

    OPEN_CODE("opencode", "Open code", Group.AVAILABILITY, "the source code (training, fine-tuning) is public"),
    LLM_DATA("llmdata", "LLM data", Group.AVAILABILITY, "the base model's training data is open for inspection"),
    LLM_WEIGHTS("llmweights", "LLM weights", Group.AVAILABILITY, "the base model's weights can be downloaded"),
    RL_DATA("rldata", "RL data", Group.AVAILABILITY, "the instruction-tuning / RLHF data is open"),
    RL_WEIGHTS("rlweights", "RL weights", Group.AVAILABILITY, "the instruction-tuned / RLHF weights can be downloaded"),
    LICENSE("license", "Licence", Group.AVAILABILITY, "the whole release is under an OSI-approved licence"),
    CODE_DOCUMENTATION("code", "Code documentation", Group.DOCUMENTATION, "the code is documented"),
    ARCHITECTURE("architecture", "Architecture", Group.DOCUMENTATION, "the architecture and training setup are documented"),
    PREPRINT("preprint", "Preprint", Group.DOCUMENTATION, "an archived preprint covers the model and its training"),
    PAPER("paper", "Paper", Group.DOCUMENTATION, "a peer-reviewed paper covers the model and its training"),
    MODEL_CARD("modelcard", "Model card", Group.DOCUMENTATION, "a model card gives architecture, training and evaluation"),
    DATASHEET("datasheet", "Datasheet", Group.DOCUMENTATION, "a datasheet documents how the data was collected and curated"),
    PACKAGE("package", "Package", Group.ACCESS, "a packaged release (e.g. on PyPI) is available"),
    API("api", "API", Group.ACCESS, "an open, unrestricted API is available (a commercial API counts as partial)");

    /** The tracker's three areas. */
    public enum Group {

        AVAILABILITY("Availability"), DOCUMENTATION("Documentation"), ACCESS("Access");

        private final String label;

        Group(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    private final String key;

    private final String label;

    private final Group group;

    private final String openMeans;

    OpennessFeature(String key, String label, Group group, String openMeans) {
        this.key = key;
        this.label = label;
        this.group = group;
        this.openMeans = openMeans;
    }

    public static Optional<OpennessFeature> fromKey(String key) {
        return Arrays.stream(values()).filter(feature -> feature.key.equals(key)).findFirst();
    }

    /** RL data and RL weights: the only features that do not apply to a base model. */
    public boolean isReinforcementLearning() {
        return this == RL_DATA || this == RL_WEIGHTS;
    }

    public String getKey() {
        return key;
    }

    public String getLabel() {
        return label;
    }

    public Group getGroup() {
        return group;
    }

    /** What "open" means for this feature, in the tracker's criteria. */
    public String getOpenMeans() {
        return openMeans;
    }
}
