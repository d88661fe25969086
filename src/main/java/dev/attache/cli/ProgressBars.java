package dev.attache.cli;

import dev.attache.flow.WorkListener;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * WorkListener shown as a bar on stderr ({@code me.tongfei:progressbar}, redrawn in place five
 * times a second by its own thread, cleared when the work is done). Only {@link Console#progress}
 * makes one, when stderr is a terminal.
 */
final class ProgressBars implements WorkListener {
    private final boolean colour;

    ProgressBars(boolean colour) {
        this.colour = colour;
    }

    @Override
    public Task start(String task, long total) {
        ProgressBar bar =
                new ProgressBarBuilder()
                        .setTaskName(task)
                        .setInitialMax(total)
                        .setStyle(
                                colour
                                        ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK
                                        : ProgressBarStyle.UNICODE_BLOCK)
                        .setUpdateIntervalMillis(200)
                        .clearDisplayOnFinish()
                        .build();
        return new Task() {
            @Override
            public void advance(long steps) {
                bar.stepBy(steps);
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }
}
