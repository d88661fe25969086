package dev.attache.deliver;

import dev.attache.model.SegmentPair;
import dev.attache.model.State;
import java.util.function.Predicate;

/**
 * Which segments count as done when a translation is delivered: every translated one (the default),
 * or only the final ones ({@code --only final}).
 */
public enum DoneSegments implements Predicate<SegmentPair> {
    TRANSLATED,
    FINAL;

    @Override
    public boolean test(SegmentPair segment) {
        return segment.isTranslated() && (this == TRANSLATED || segment.state() == State.FINAL);
    }

    /** Why a segment is not done: {@code no translation}, or {@code not final (needs review)}. */
    public String whyNotDone(SegmentPair segment) {
        return segment.isTranslated()
                ? "not final (" + segment.state().label() + ")"
                : "no translation";
    }
}
