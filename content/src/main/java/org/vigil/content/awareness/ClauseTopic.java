package org.vigil.content.awareness;

/** What a clause of terms and conditions governs; its note says whether it is fair or abusive. */
public enum ClauseTopic {
    /** How and when the terms are accepted. */
    ACCEPTANCE,
    PRICE_AND_FEES,
    RIGHT_OF_WITHDRAWAL,
    REFUNDS_AND_RETURNS,
    DELIVERY,
    SUBSCRIPTION_AND_RENEWAL,
    CANCELLATION,
    CHANGES_TO_TERMS,
    LIABILITY,
    PERSONAL_DATA,
    ACCOUNT_SUSPENSION,
    DISPUTES_AND_JURISDICTION,
    CONTACT_AND_COMPLAINTS
}
