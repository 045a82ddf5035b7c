/**
 * "Measure my text" on /cost: the user's prompt and answer counted by each selected model's own tokenizer
 * (OpenAI's encodings with jtokkit, published tokenizer.json files with DJL's HuggingFace tokenizers, and a
 * sourced ratio where a maker keeps its tokenizer closed), and the multipliers to the OpenAI count the
 * calculator works in. The text comes by POST, is counted and forgotten: never stored, logged, cached or
 * put in a link.
 */
@ApplicationModule(allowedDependencies = { "core :: *", "web", "cost" })
package com.llmcompare.tokens;

import org.springframework.modulith.ApplicationModule;
