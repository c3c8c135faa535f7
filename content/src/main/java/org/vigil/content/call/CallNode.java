package org.vigil.content.call;

import java.util.List;

/** One turn of a call: the caller says their line (the text is in the language files) and the player replies. */
public record CallNode(String id, List<CallReply> replies) {

    public CallNode {
        replies = List.copyOf(replies);
    }
}
