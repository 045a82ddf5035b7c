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

    LayoutAdvice(DataSetVersion dataSetVersion) {
        this.dataSetVersion = dataSetVersion;
    }

    @ModelAttribute
    void layout(Model model) {
        DataSetInfo info = dataSetVersion.info();
        model.addAttribute("dataVersion", info.getVersion());
        model.addAttribute("dataAsOf", info.getAsOf());
    }
}
