package com.llmcompare.openness;

/**
 * Which models the decision helper ranks by default: generative ones, decoders that answer a prompt.
 * BERT (an encoder) and T5 (a text-to-text encoder-decoder) need task-specific fine-tuning to be used,
 * so ranking them beside chat models would mislead; {@code include=non-generative} ranks them too.
 */
final class Generative {

    private Generative() {
    }

    /** A model's {@code architecture}: {@code decoder} (or not stated, as for imported models) is generative. */
    static boolean is(String architecture) {
        return architecture == null || architecture.equals("decoder");
    }
}
