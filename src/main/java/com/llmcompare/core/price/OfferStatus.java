package com.llmcompare.core.price;

/** Where one price stands on a day, as {@link Offers} decides it. */
public enum OfferStatus {

    /** Offered at this price today: the one to pay. */
    CURRENT("current"),
    /** Ended, or replaced by a price that started later for the same model, provider and usage. */
    SUPERSEDED("superseded"),
    /** Announced for a later day: the price it will replace is still current. */
    ANNOUNCED("announced"),
    /** The model is retired, or its provider closed: the price cannot be paid, whatever its dates say. */
    RETIRED("retired");

    private final String label;

    OfferStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
