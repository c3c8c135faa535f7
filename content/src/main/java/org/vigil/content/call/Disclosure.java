package org.vigil.content.call;

/** What a call's end gave away, if anything. */
public enum Disclosure {
    PASSWORD,
    ONE_TIME_CODE,
    CARD_DETAILS,
    MONEY,
    PAYMENT_DETAILS,
    REMOTE_ACCESS,
    CUSTOMER_DATA,
    DELIVERY_ROUTE
}
