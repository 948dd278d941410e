package io.mamori.core.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * The official reminders that anchor a hashtag trend, in posting order. As a reference it means
 * "the latest reminder posted so far": what trend followers repost and hijackers reply to.
 * Belongs to one simulation run; not thread-safe.
 */
final class AnchorBoard implements PostRef {
    private final List<EmittedPost> anchors = new ArrayList<>();

    void add(EmittedPost anchor) {
        anchors.add(anchor);
    }

    @Override
    public EmittedPost resolve() {
        for (int i = anchors.size() - 1; i >= 0; i--) {
            if (anchors.get(i).post() != null) {
                return anchors.get(i);
            }
        }
        return null;
    }
}
