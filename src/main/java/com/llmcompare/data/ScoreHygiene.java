package com.llmcompare.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.llmcompare.core.dataset.DataFiles.ScoreFile;
import com.llmcompare.core.source.PlaceholderHosts;

/**
 * The rules that keep scores of different things apart: one score per model, benchmark, setting and
 * source (a second one is a merge of two results, or a copy); no zero from a maker's claims (a
 * catalogue's placeholder for "not run": makers do not publish zeros); and no link to a placeholder
 * host in a score's run or note.
 */
final class ScoreHygiene {

    private static final Pattern URL = Pattern.compile("https?://[^\\s\"')\\]]+");

    private ScoreHygiene() {
    }

    static void check(List<ScoreFile> scores) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < scores.size(); i++) {
            ScoreFile score = scores.get(i);
            String entry = "#" + (i + 1) + " " + score.model() + "/" + score.benchmark();
            String key = score.model() + "|" + score.benchmark() + "|" + Objects.toString(score.setting(), "") + "|"
                    + score.source() + "|" + Objects.toString(score.system(), "");
            Integer previous = seen.putIfAbsent(key, i + 1);
            if (previous != null) {
                throw new DataSetException("scores.json", entry, "setting", "a second score for this model, benchmark,"
                        + " setting and source (the first is #" + previous + "): one result, one score");
            }
            if (score.value() != null && score.value() == 0 && Boolean.TRUE.equals(score.selfReported())) {
                throw new DataSetException("scores.json", entry, "value", "0 as a maker's own claim is a catalogue's"
                        + " placeholder for a benchmark not run: leave the score out");
            }
            if (score.run() != null && PlaceholderHosts.isPlaceholder(score.run().url())) {
                throw new DataSetException("scores.json", entry, "run.url",
                        "'" + score.run().url() + "' is a placeholder, not a page of the publisher");
            }
            placeholderIn("scores.json", entry, "note", score.note());
        }
    }

    /** Refuses a text that links to a placeholder host. */
    static void placeholderIn(String file, String entry, String field, String text) {
        if (text == null) {
            return;
        }
        Matcher matcher = URL.matcher(text);
        while (matcher.find()) {
            if (PlaceholderHosts.isPlaceholder(matcher.group())) {
                throw new DataSetException(file, entry, field,
                        "links to '" + matcher.group() + "', a placeholder, not a page of the publisher");
            }
        }
    }
}
