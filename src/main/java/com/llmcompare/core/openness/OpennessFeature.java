package com.llmcompare.core.openness;

import java.util.Arrays;
import java.util.Optional;

/**
 * The criteria an openness audit rates, per {@link AuditCriteria}: the 14 features of the "Opening up
 * ChatGPT" openness tracker (Liesenfeld, Lopez &amp; Dingemanse, CUI '23), then the 12 criteria of the
 * European Open Source AI Index, each in its source's order and with its keys, so an audit file reads
 * like a tracker or index entry. Keys are unique within one set of criteria only ("code", "paper"…).
 */
public enum OpennessFeature {

    OPEN_CODE(AuditCriteria.TRACKER, "opencode", "Open code", Group.AVAILABILITY, "the source code (training, fine-tuning) is public"),
    LLM_DATA(AuditCriteria.TRACKER, "llmdata", "LLM data", Group.AVAILABILITY, "the base model's training data is open for inspection"),
    LLM_WEIGHTS(AuditCriteria.TRACKER, "llmweights", "LLM weights", Group.AVAILABILITY, "the base model's weights can be downloaded"),
    RL_DATA(AuditCriteria.TRACKER, "rldata", "RL data", Group.AVAILABILITY, "the instruction-tuning / RLHF data is open"),
    RL_WEIGHTS(AuditCriteria.TRACKER, "rlweights", "RL weights", Group.AVAILABILITY, "the instruction-tuned / RLHF weights can be downloaded"),
    LICENSE(AuditCriteria.TRACKER, "license", "Licence", Group.AVAILABILITY, "the whole release is under an OSI-approved licence"),
    CODE_DOCUMENTATION(AuditCriteria.TRACKER, "code", "Code documentation", Group.DOCUMENTATION, "the code is documented"),
    ARCHITECTURE(AuditCriteria.TRACKER, "architecture", "Architecture", Group.DOCUMENTATION, "the architecture and training setup are documented"),
    PREPRINT(AuditCriteria.TRACKER, "preprint", "Preprint", Group.DOCUMENTATION, "an archived preprint covers the model and its training"),
    PAPER(AuditCriteria.TRACKER, "paper", "Paper", Group.DOCUMENTATION, "a peer-reviewed paper covers the model and its training"),
    MODEL_CARD(AuditCriteria.TRACKER, "modelcard", "Model card", Group.DOCUMENTATION, "a model card gives architecture, training and evaluation"),
    DATASHEET(AuditCriteria.TRACKER, "datasheet", "Datasheet", Group.DOCUMENTATION, "a datasheet documents how the data was collected and curated"),
    PACKAGE(AuditCriteria.TRACKER, "package", "Package", Group.ACCESS, "a packaged release (e.g. on PyPI) is available"),
    API(AuditCriteria.TRACKER, "api", "API", Group.ACCESS, "an open, unrestricted API is available (a commercial API counts as partial)"),

    BASE_DATA(AuditCriteria.OSAI_INDEX, "datasources_basemodel", "Base model data", Group.AVAILABILITY,
            "all training data sources of the base model are open for inspection or shared"),
    END_DATA(AuditCriteria.OSAI_INDEX, "datasources_endmodel", "End model data", Group.AVAILABILITY,
            "all training data sources of the end (user-facing) model are open for inspection or shared"),
    BASE_WEIGHTS(AuditCriteria.OSAI_INDEX, "weights_basemodel", "Base model weights", Group.AVAILABILITY,
            "the base model's weights are shared (partial: e.g. a gated download)"),
    END_WEIGHTS(AuditCriteria.OSAI_INDEX, "weights_endmodel", "End model weights", Group.AVAILABILITY,
            "the user-facing model's weights are shared (partial: e.g. a gated download)"),
    TRAINING_CODE(AuditCriteria.OSAI_INDEX, "trainingcode", "Training code", Group.AVAILABILITY,
            "the code of data processing, training and tuning is openly available (partial: sparse code)"),
    INDEX_CODE_DOCUMENTATION(AuditCriteria.OSAI_INDEX, "code", "Code documentation", Group.DOCUMENTATION,
            "every component of the system's code is comprehensively documented"),
    HARDWARE_ARCHITECTURE(AuditCriteria.OSAI_INDEX, "hardware_architecture", "Hardware architecture",
            Group.DOCUMENTATION, "the system architecture and training setup are fully documented"),
    INDEX_PREPRINT(AuditCriteria.OSAI_INDEX, "preprint", "Preprint", Group.DOCUMENTATION,
            "archived preprints detail all major parts of the system, data processing, training and tuning"),
    INDEX_PAPER(AuditCriteria.OSAI_INDEX, "paper", "Paper", Group.DOCUMENTATION,
            "peer-reviewed papers cover all parts: base model, fine-tuning and RLHF"),
    INDEX_MODEL_CARD(AuditCriteria.OSAI_INDEX, "modelcard", "Model card", Group.DOCUMENTATION,
            "a standard model card gives comprehensive insight on architecture, training, fine-tuning, evaluation"),
    INDEX_DATASHEET(AuditCriteria.OSAI_INDEX, "datasheet", "Datasheet", Group.DOCUMENTATION,
            "a datasheet (Gebru et al. 2021) or an EU AI Act Art. 53(1)(d) training data summary is available"),
    LICENSES(AuditCriteria.OSAI_INDEX, "licenses", "Licences", Group.ACCESS,
            "the whole project, data sources and training code included, is under open licences");

    /** The three areas the tracker and the index both group their criteria in. */
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

    private final AuditCriteria criteria;

    private final String key;

    private final String label;

    private final Group group;

    private final String openMeans;

    OpennessFeature(AuditCriteria criteria, String key, String label, Group group, String openMeans) {
        this.criteria = criteria;
        this.key = key;
        this.label = label;
        this.group = group;
        this.openMeans = openMeans;
    }

    /** A criterion by its key within one set of criteria. */
    public static Optional<OpennessFeature> fromKey(AuditCriteria criteria, String key) {
        return Arrays.stream(values()).filter(feature -> feature.criteria == criteria && feature.key.equals(key))
            .findFirst();
    }

    public AuditCriteria getCriteria() {
        return criteria;
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
