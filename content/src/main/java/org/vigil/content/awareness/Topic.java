package org.vigil.content.awareness;

/**
 * What a lesson or quiz question is about. A fixed list, so that pre- and post-tests can draw
 * questions on the same topic from different lessons.
 */
public enum Topic {
    PHISHING_EMAIL,
    TEXT_AND_CHAT_SCAMS,
    PHONE_SCAMS,
    FAKE_SHOPS,
    DELIVERY_SCAMS,
    PAYMENT_FRAUD,
    CARD_AND_BANKING_SECURITY,
    PASSWORDS_AND_MFA,
    MALWARE_AND_ATTACHMENTS,
    SOCIAL_MEDIA_SCAMS,
    TERMS_AND_CONDITIONS,
    PERSONAL_DATA,
    SOCIAL_ENGINEERING,
    PHYSICAL_SECURITY,
    DEVICE_SECURITY,
    INCIDENT_REPORTING
}
