package com.llmcompare.openness;


/**
 * A priority a team weighs in the decision helper, with its query parameter, the model-page
 * anchor of the facts it reads, and how a model is scored on it (0 to 1).
 */
public enum Priority {

    COST("cost", "Cost at your volume", "prices",
            "the cheapest priced model's monthly cost divided by this model's: the cheapest scores 1, one twice as "
                    + "dear ½; a model without a per-token price has no cost data"),
    PRIVACY("privacy", "Data control", "fact-access",
            "1 when the weights can be downloaded and run on your own infrastructure, 0 when your data must go to "
                    + "the vendor's service"),
    CUSTOMIZATION("customization", "Fine-tuning", "fact-fine-tuning",
            "1 when you can fine-tune downloaded weights yourself (stated, or open weights under an OSI-approved "
                    + "licence), ½ when the vendor fine-tunes for you through its service, 0 when no fine-tuning is "
                    + "offered"),
    TRANSPARENCY("transparency", "Transparency", "openness",
            "the openness score of the model's audit (the index's 12 criteria or the tracker's 14 features: open 1, "
                    + "partial ½, closed 0, over the assessed ones); no data when fewer than half are assessed"),
    SUPPORT("support", "Vendor support and polish", "fact-access",
            "1 when the vendor runs the model as a service, ½ when third parties host it, 0 when you host it "
                    + "yourself with community support: the articles' reading, not a measured support quality"),
    QUALITY("quality", "Benchmark quality", "scores",
            "each of the model's own scores as a share of the best score on that benchmark among the models ranked, "
                    + "averaged, then pulled towards the average share by one benchmark's worth (see below)"),
    LICENSE("license", "Licence freedom", "fact-license",
            "1 for an OSI-approved licence, ½ for downloadable weights under a custom licence with conditions, 0 "
                    + "for vendor terms that license no model at all");

    private final String param;

    private final String label;

    private final String anchor;

    private final String howScored;

    Priority(String param, String label, String anchor, String howScored) {
        this.param = param;
        this.label = label;
        this.anchor = anchor;
        this.howScored = howScored;
    }

    /** The query parameter that carries its weight. */
    public String getParam() {
        return param;
    }

    public String getLabel() {
        return label;
    }

    /** The id, on a model's page, of the facts this priority reads. */
    public String getAnchor() {
        return anchor;
    }

    public String getHowScored() {
        return howScored;
    }
}
