package org.vigil.content.awareness;

/** The counts a post shows under it; fake giveaways often show suspiciously many shares. */
public record Reactions(long likes, long comments, long shares) {}
