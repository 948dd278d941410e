package io.mamori.core.scenario;

/** What a script sees of a simulation run: the texts, where to put actions, and shared anchors. */
interface Stage {
    Phrasebook phrases();

    /** Plans an action; actions outside the collection period are dropped. */
    void schedule(Action action);

    /** The anchors of a hashtag trend, shared by the trend and the campaigns that hijack it. */
    AnchorBoard anchors(GroupId trend);
}
