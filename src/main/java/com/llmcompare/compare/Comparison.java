package com.llmcompare.compare;

import java.util.List;

import com.llmcompare.core.model.LanguageModel;
import com.llmcompare.web.BarChart;
import com.llmcompare.web.Verdict;

/**
 * A side-by-side comparison: the models in order, rows grouped into sections, a chart, its verdict, and the
 * same rows as one card per model for narrow screens.
 */
public record Comparison(ModelSelection selection, List<LanguageModel> models, List<Section> sections,
        BarChart chart, List<String> headlines, Verdict verdict, List<CompareCards.Card> cards) {

    /** A group of rows (overview, size, context, ...). */
    public record Section(String id, String title, List<Row> rows) {

        public List<Row> visibleRows(boolean differencesOnly) {
            return differencesOnly ? rows.stream().filter(row -> !row.allEqual()).toList() : rows;
        }
    }

    /**
     * One fact across the models. {@code direction} is "higher" or "lower" (is better) for rows
     * where a best value is marked; {@code settingsNote} explains why none is marked.
     */
    public record Row(String id, String label, String direction, List<Cell> cells, String settingsNote) {

        public boolean allEqual() {
            return cells.stream().map(Cell::comparisonKey).distinct().count() <= 1;
        }
    }

    /** One model's value in a row, with its sources; {@code missing} values are shown as such, never as 0. */
    public record Cell(String text, Double number, List<String> sourceIds, String note, boolean missing,
            boolean best, String link, String linkText, List<String> flags) {

        static Cell missing(String text) {
            return new Cell(text, null, List.of(), null, true, false, null, null, List.of());
        }

        static Cell of(String text, Double number, List<String> sourceIds) {
            return new Cell(text, number, sourceIds, null, false, false, null, null, List.of());
        }

        Cell withNote(String newNote) {
            return new Cell(text, number, sourceIds, newNote, missing, best, link, linkText, flags);
        }

        Cell withFlags(List<String> newFlags) {
            return new Cell(text, number, sourceIds, note, missing, best, link, linkText, newFlags);
        }

        Cell withLink(String url, String label) {
            return new Cell(text, number, sourceIds, note, missing, best, url, label, flags);
        }

        Cell asBest() {
            return new Cell(text, number, sourceIds, note, missing, true, link, linkText, flags);
        }

        String comparisonKey() {
            return missing ? "\u0000missing" : text;
        }
    }

    public String title() {
        return String.join(" vs ", models.stream().map(LanguageModel::getName).toList());
    }
}
