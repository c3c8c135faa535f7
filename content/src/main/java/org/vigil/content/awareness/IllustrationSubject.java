package org.vigil.content.awareness;

/** What an illustration mainly shows, for finding one to put on a slide. */
public enum IllustrationSubject {
    SCENE,
    MOCK_EMAIL,
    MOCK_WEB_PAGE,
    MOCK_MESSAGE,
    DEVICE,
    DELIVERY,
    PAYMENT,
    OFFICE,
    WAREHOUSE
}
