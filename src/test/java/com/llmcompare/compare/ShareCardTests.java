package com.llmcompare.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** The share card fits six models by shrinking its type, never by cutting a name. */
class ShareCardTests {

    private static final List<String> LONG_NAMES = List.of("Llama 3.2 90B Vision Instruct", "Qwen3 235B A22B Instruct 2507",
            "Gemini 3.1 Pro (preview)", "Claude Opus 4.5", "DeepSeek-V3.2 (thinking, high effort)",
            "Mistral Large 3 (2512) with a longer suffix");

    private static List<ShareCard.Row> rows(List<String> names) {
        return names.stream().map(n -> new ShareCard.Row(n, "$1.20", 140.0, "140", false)).toList();
    }

    @Test
    void sixLongNamesAllFitTheirColumnAtTheSizeChosen() {
        Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();

        int size = ShareCard.fontSize(g, rows(LONG_NAMES));

        assertThat(size).isBetween(ShareCard.MIN_FONT, ShareCard.MAX_FONT);
        var metrics = g.getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, size));
        assertThat(LONG_NAMES).allSatisfy(name -> assertThat(metrics.stringWidth(name)).isLessThanOrEqualTo(ShareCard.NAME_WIDTH));
        // six rows of that type fit between the title and the footer
        assertThat(size * 6).isLessThanOrEqualTo(ShareCard.ROWS_BOTTOM - ShareCard.ROWS_TOP);
    }

    @Test
    void twoShortNamesKeepTheFullSize() {
        Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();

        assertThat(ShareCard.fontSize(g, rows(List.of("GPT-4.1", "Llama 3.3 70B")))).isEqualTo(ShareCard.MAX_FONT);
    }

    @Test
    void theCardIsA1200By630Png() throws Exception {
        byte[] png = ShareCard.png("Six models", rows(LONG_NAMES), "USD / 1M tokens at 3:1", "Epoch Capabilities Index",
                "localhost — every number with its source");

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(ShareCard.WIDTH);
        assertThat(image.getHeight()).isEqualTo(ShareCard.HEIGHT);
    }
}
