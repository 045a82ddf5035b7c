package com.llmcompare.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.ui.Model;

import com.llmcompare.core.dataset.DataSetInfo;
import com.llmcompare.core.dataset.DataSetVersion;

/** Puts what the layout shows on every page (the data set's version and date) into the model. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAdvice {

    private final DataSetVersion dataSetVersion;

    private final com.llmcompare.core.calendar.Today today;

    private final SiteProperties site;

    LayoutAdvice(DataSetVersion dataSetVersion, com.llmcompare.core.calendar.Today today, SiteProperties site) {
        this.dataSetVersion = dataSetVersion;
        this.today = today;
        this.site = site;
    }

    @ModelAttribute
    void layout(Model model) {
        DataSetInfo info = dataSetVersion.info();
        model.addAttribute("dataVersion", info.getVersion());
        model.addAttribute("dataAsOf", info.getAsOf());
        model.addAttribute("dataInfo", info);
        model.addAttribute("pricesStaleDays", com.llmcompare.core.dataset.DataFreshness
            .staleByDays(info.getPricesAsOf(), today.date(), site.stalePricesAfterDays()).orElse(null));
    }
}
