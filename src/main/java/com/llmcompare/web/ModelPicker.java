package com.llmcompare.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.HtmlUtils;

import com.llmcompare.core.model.LanguageModel;

/**
 * The calculator's picker of every model by name ({@link ModelGroups}: open and closed, by maker), as markup
 * written once for the data set: each model's line is kept ticked and unticked, and a page joins the lines
 * for its selection. As template markup the 214 lines were about 5 ms of every uncached {@code /cost}
 * (bench/README), and the page is asked again at every pause in typing. Names and slugs are escaped here.
 */
public final class ModelPicker {

    /** One vendor's list: its header and each model's line, unticked and ticked. */
    private record Vendor(String summary, List<String> slugs, List<String> lines, List<String> tickedLines) {
    }

    private record Group(String legend, List<Vendor> vendors) {
    }

    private final List<Group> groups = new ArrayList<>();

    public ModelPicker(Map<String, Map<String, List<LanguageModel>>> grouped) {
        grouped.forEach((legend, vendors) -> {
            List<Vendor> list = new ArrayList<>();
            vendors.forEach((vendor, models) -> list.add(new Vendor(
                    esc(vendor) + " (" + models.size() + ")",
                    models.stream().map(LanguageModel::getSlug).toList(),
                    models.stream().map(m -> line(m, false)).toList(),
                    models.stream().map(m -> line(m, true)).toList())));
            groups.add(new Group(esc(legend), list));
        });
    }

    private static String line(LanguageModel m, boolean ticked) {
        return "<li><label><input type=\"checkbox\" name=\"models\" value=\"" + esc(m.getSlug()) + "\""
                + (ticked ? " checked=\"checked\"" : "") + "/> <span>" + esc(m.getName()) + "</span> <code class=\"note\">"
                + esc(m.getSlug()) + "</code></label></li>\n";
    }

    /** The picker with these models ticked; a vendor's list is open when it is short or holds a ticked one. */
    public String html(Collection<String> picked) {
        StringBuilder out = new StringBuilder(48_000);
        for (Group group : groups) {
            out.append("<fieldset class=\"card\"><legend>").append(group.legend()).append("</legend>\n");
            for (Vendor vendor : group.vendors()) {
                boolean open = vendor.slugs().size() <= 3 || vendor.slugs().stream().anyMatch(picked::contains);
                out.append(open ? "<details open=\"open\">" : "<details>").append("<summary>").append(vendor.summary())
                    .append("</summary>\n<ul class=\"plain\">\n");
                for (int i = 0; i < vendor.slugs().size(); i++) {
                    out.append(picked.contains(vendor.slugs().get(i)) ? vendor.tickedLines().get(i) : vendor.lines().get(i));
                }
                out.append("</ul>\n</details>\n");
            }
            out.append("</fieldset>\n");
        }
        return out.toString();
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
